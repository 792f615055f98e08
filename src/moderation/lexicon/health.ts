/**
 * Health vocabulary shared by the claim phases. Topic-agnostic on purpose: the engine must work on
 * articles about any condition, so lists name broad families (drug-name suffixes, generic disease words)
 * rather than the topics of any one article. Entries are regex fragments over normalised text.
 */

/** Conditions and body targets a cure or cause claim can be about. */
export const CONDITIONS = [
  'diseases?', 'illness(?:es)?', 'conditions?', 'disorders?', 'syndromes?', 'infections?', 'inflammation', 'inflamation',
  'cancers?', 'tumou?rs?', 'leukemia', 'leukaemia', 'lymphoma', 'melanoma', 'metastas[ie]s',
  'diabetes', 'type (?:1|2|one|two)', 'insulin resistance', 'blood sugar', 'obesity',
  'arthritis', 'ra', 'osteoarthritis', 'osteoporosis', 'osteopenia', 'bone loss', 'bones?', 'bone density', 'fractures?',
  'lupus', 'ms', 'multiple sclerosis', 'psoriasis', 'eczema', 'acne', 'autoimmune(?: diseases?)?', 'ibd', 'crohns', 'colitis',
  'heart disease', 'heart attacks?', 'strokes?', 'hypertension', 'high blood pressure', 'blood pressure', 'cholesterol',
  'arterial plaque', 'plaque', 'clogged arteries', 'dementia', 'alzheimers', 'parkinsons', 'autism', 'adhd',
  'depression', 'anxiety', 'bipolar', 'schizophrenia', 'ptsd', 'insomnia', 'mental illness',
  'thyroid', 'hypothyroidism', 'hyperthyroidism', 'hashimotos', 'graves', 'goitre', 'goiter',
  'asthma', 'copd', 'covid(?:-19)?', 'flu', 'influenza', 'measles', 'hiv', 'aids', 'hepatitis', 'herpes', 'shingles',
  'infertility', 'kidney stones', 'kidney disease', 'liver disease', 'migraines?', 'chronic pain', 'joint pain',
  'allergies', 'deficienc(?:y|ies)', 'swelling', 'gut', 'leaky gut', 'candida', 'parasites', 'scars?', 'scarring', 'wounds?', 'tattoo infections?',
  'bacteria', 'viruses?', 'immune system', 'cytokines', 'crp',
]

/** Prescribed or evidence-based care a comment might tell readers to abandon. */
export const TREATMENTS = [
  'meds', '5-?fu', 'medications?', 'medicines?', 'drugs?', 'pills?', 'tablets?', 'prescriptions?', 'prescribed \\w+', 'treatments?',
  'therapy', 'chemo(?:therapy)?', 'radiation', 'radiotherapy', 'surgery', 'transplant', 'dialysis',
  'vaccines?', 'vaccinations?', 'shots?', 'jabs?', 'boosters?', 'injections?', 'infusions?', 'insulin', 'metformin',
  'statins?', 'blood thinners?', 'antidepressants?', 'ssris?', 'antipsychotics?', 'stimulants?', 'ritalin', 'lithium',
  'levothyroxine', 'thyroxine', 'thyroid (?:meds|pills|medication)', 'biologics?', 'bisphosphonates?', 'hrt', 'hormones?',
  'antibiotics?', 'antivirals?', 'steroids?', 'inhalers?', 'immunotherapy', 'supplements?', 'calcium', 'vitamin d',
  'screening', 'scans?', 'mammograms?', 'dexa', 'smear tests?', 'check-?ups?', 'your (?:doctor|gp|oncologist|specialist)',
  'a doctor', 'doctors?', 'the hospital',
  // Drug-name families by suffix, so unseen drug names still count as treatment.
  '\\w+(?:mab|nib|statin|pril|sartan|olol|azole|mycin|cillin|cycline|xetine|pram|triptyline|formin|gliptin|glutide|gliflozin|dronate|sone|lone|trexate|cept|platin|taxel|uracil|fu)',
]

/** Remedies typically promoted as natural or miracle cures. */
export const REMEDIES = [
  'natural(?:ly)?', 'herbs?', 'herbal', 'juices?', 'juicing', 'juice cleanse', 'cleanses?', 'detox', 'fasting', 'fasts?',
  'diet', 'keto', 'carnivore', 'vegan', 'raw food', 'alkaline', 'baking soda', 'bicarbonate', 'vinegar', 'lemon',
  'turmeric', 'curcumin', 'ginger', 'garlic', 'cinnamon', 'honey', 'celery', 'bitter melon', 'apricot kernels?', 'b17',
  'essential oils?', '\\w+ oil', 'colloidal silver', 'mms', 'chlorine dioxide', 'bleach', 'hydrogen peroxide', 'iodine',
  'sea moss', 'moringa', 'cannabis', 'cbd', 'hemp', 'mushrooms?', 'ivermectin', 'hydroxychloroquine', 'homeopathy',
  'homeopathic', 'grounding', 'sunlight', 'sun', 'bee venom', 'magnesium', 'zinc', 'vitamin [a-z]\\d*', 'megadoses?',
  'high-? ?dose', 'broth', 'tea', 'water', 'spice', 'extracts?', 'powder', 'tinctures?', 'protocol', 'capsules?',
  'supplements?', 'remed(?:y|ies)', 'formula',
]

/** Who a hidden-motive narrative blames (PAN 2024 "agent"). */
export const AGENTS = [
  'big pharma', 'pharma', 'pharmaceutical (?:companies|industry|giants)', 'drug ?(?:companies|company|makers|industry|reps|giants)',
  'vaccine (?:makers|companies|industry|manufacturers)', 'the industry', '\\w+ industry', '\\w+ lobby', 'lobbyists',
  'manufacturers?', 'companies', 'corporations', 'brands', 'big food', 'fda', 'cdc', 'nih', 'nhs', 'the who',
  'government', 'goverment', 'govt', 'authorities', 'regulators', 'the media', 'doctors', 'oncologists', 'psychiatrists',
  'cardiologists', 'endocrinologists', 'rheumatologists', 'dentists', 'labs', 'hospitals', 'insurers', 'the system',
  'experts', 'scientists', 'researchers', 'they', 'them', 'someone', 'somebody', 'publisher', 'medical establishment',
  'your doctor', 'the elites?', 'bill gates',
]

/** A hidden objective: profit or control (PAN 2024 "objective"). */
export const MOTIVES = [
  '(?:to|can|could|just|way to|so they can|in order to) (?:sell|push|market|profit)', 'sell(?:s|ing)? more', 'push(?:es|ing)? (?:more )?(?:pills|meds|drugs)',
  'for profits?', 'profits?', 'profitable', 'money', 'billions?', 'millions of dollars', 'billion dollar', 'kickbacks?',
  'commissions?', 'comission', 'a cut', 'bribe[sd]?', 'paid (?:off|for|by)', 'bought and paid', 'bought off', 'bankrolled',
  'funded by', 'fund(?:s|ed)? every', 'sponsor(?:s|ed)?', 'on the payroll', 'customers?', 'cant patent', 'patent(?:ed)?',
  'cash cow', 'money machine', 'fat check', 'bill (?:you|u)', 'keep (?:you|us|people|patients|everyone) (?:sick|coming back|on)',
  'need (?:you|us|people) sick', 'lifelong customers', 'put everyone on', 'get paid', 'makes? (?:a lot of )?money',
  'consulting deals?', 'to protect (?:their |the )?\\w+ profits', 'who pays', 'owns (?:you|u|us|them|the \\w+)', 'controls? (?:you|u|us|the \\w+)',
]

/** Secrecy, suppression and insinuation (PAN 2024 "secrecy"). */
export const SECRECY = [
  '(?:dont|do not|never|wont|will not|doesnt) (?:tell|want) (?:you|u|us|people|anyone|the public)', 'they (?:know|knew)',
  'theyve known', 'known (?:it )?for (?:decades|years)', 'hid(?:e|es|den|ing)?', 'bur(?:y|ies|ied|ying)', 'cover(?:ed|ing)? (?:it )?up',
  'cover-?ups?', 'suppress(?:ed|es|ing)?', 'silenc(?:e|ed|ing)', 'keep (?:it|this) quiet', 'quietly', 'wont (?:say|admit)',
  'never (?:mention|admit|tell)s?', 'nobody (?:mentions|tells you)', 'no one (?:mentions|tells you)', 'not a coincidence', 'no coincidence',
  'follow the money', 'wake up', 'on purpose', 'deliberate(?:ly)?', 'invented', 'made up', 'cooked up', 'a front', 'a scam',
  'in bed (?:together|with)', 'before they take it down', 'will never admit', 'refuse to (?:test|look|admit)',
  'the real reason', 'the only reason', 'lets just say', 'funny how', 'notice how', 'ask yourself why', 'ever wonder why',
  'dont want (?:you|people) to', 'never says?', 'knows? (?:its|that|it)', 'scared of it', 'afraid of it', 'censor(?:ed|ing)?', 'rigged',
]

/** Stand-alone conspiracy formulas that need no named agent. */
export const CONSPIRACY_FORMULAS = [
  'follow the money', 'wake up (?:people|sheeple|everyone)', '(?:dont|do not) want you to know', 'bought and paid for',
  'in bed together', 'keep (?:you|us|people) sick', 'need (?:you|us|people) sick', 'lost customer', 'cured patient',
  'paid shills?', 'they (?:dont|do not|will never|wont) tell (?:you|u)', 'not a coincidence', 'before they take it down',
  'the cure (?:for \\w+ )?(?:exists|was found)', 'had the cure',
]

/** Absolutes and sensational framing that raise the weight of a claim (ClaimBuster check-worthiness). */
export const ABSOLUTES = [
  'always', 'never', 'every(?:one|body)?', 'all', 'any', 'nothing else', 'completely', 'totally', 'entirely', 'permanently',
  'for good', 'forever', 'guaranteed', '100 ?%', '100 percent', 'zero', 'instantly', 'overnight', 'in (?:just |only )?\\d+ (?:hours?|days?|weeks?|months?)',
  'in (?:just )?(?:days|weeks|hours)', 'no (?:drugs?|meds|chemo|pills|medication|doctors?) (?:needed|required)', 'without fail',
  'better than any', 'better then any', 'the only', 'only cause', 'no joke', 'period', 'fact', 'proven', 'proves it',
  'every single', 'actually', 'literally', 'massive', 'poison(?:ing|s)?', 'toxic', 'is what causes', 'are what cause',
]

/** Credible sources (NOTES: a DOI, PubMed, Cochrane, WHO, CDC, a named journal and year). */
export const SOURCES = [
  'doi', 'doi\\.org', '10\\.\\d{4,}/\\S+', 'pubmed', 'pmid', 'ncbi', 'cochrane', 'world health organi[sz]ation', 'cdc', 'nih',
  'nhs', 'fda (?:label|labelling|prescribing information|monograph|guidance|approved label)',
  'prescribing information', 'drug label', 'monograph', 'fact ?sheet', 'nejm', 'new england journal', 'jama(?: \\w+)*', 'lancet',
  'bmj', 'nature (?:reviews|medicine)(?: \\w+)*', 'annals of \\w+', 'journal(?: of)?', 'meta-?analys[ie]s', 'systematic review',
  'randomi[sz]ed (?:controlled )?trials?', '\\w+ trial', 'review (?:in|by|from)', 'clinical guidelines?', 'guidelines? (?:from|by)', 'position statement',
  'consensus statement', '\\w+ (?:foundation|association|society|college)', 'cosmetic ingredient review', 'nccn', 'uspstf',
]

/** Upper-case acronyms that are only sources when written in capitals ("who" and "nice" are common words). */
export const SOURCE_ACRONYMS = /\b(?:WHO|NICE|EMA|USPSTF|AHA|ACS|ADA|NCI)\b/g

/** Words in English that look like a lexicon word with one typo but are not misspellings of it. */
export const SPELLING_EXCEPTIONS = ['inverted', 'humour', 'rumour', 'inventor', 'detour', 'painted', 'planted', 'vented', 'dancer', 'ranger', 'danger', 'border', 'manner', 'banner', 'powers', 'lovers', 'tender']
