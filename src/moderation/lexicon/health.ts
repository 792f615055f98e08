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
  'asthma', 'copd', 'covid(?:-19)?', 'rsv', 'outbreaks?', 'lyme(?: disease)?', 'scabies', '(?:head )?lice', 'heat ?stroke', 'sunburn', 'menopause(?: symptoms)?', 'hot (?:flushes|flashes)', '(?:an )?enlarged prostates?', 'prostate (?:cancer|problems|issues)', 'erectile dysfunction', 'hair loss', 'anorexics?', 'flu', 'influenza', 'measles', 'hiv', 'aids', 'hepatitis', 'herpes', 'shingles', 'pkd', 'polycystic kidney disease', '(?:kidney |liver |ovarian |pkd )?cysts', 'sickle cell(?: disease| anaemia| anemia)?', 'restless legs?(?: syndrome)?', 'rls', 'plantar fasciitis', 'heel pain', 'carpal tunnel(?: syndrome)?', 'scoliosis', '(?:teenage |spinal |scoliosis )curves?', 'bedwetting', 'bed-wetting', 'bph', 'varicose veins', 'spider veins', 'postnatal depression', 'post-?natal depression', 'postpartum depression', 'pnd', 'sinusitis', 'sinus infections?', 'fistulas?', 'tonsillitis', 'sore throats?', 'cold sores?', 'mouth ulcers?', 'stroke damage', 'fatigue', 'me/cfs', 'norovirus', 'croup', 'heartburn', 'hiatus hernias?', 'apnoea(?: of prematurity)?', 'apnea(?: of prematurity)?', 'coeliacs', 'celiacs', 'dry eye(?: disease)?', 'hyperhidrosis', 'excessive sweating', 'sweaty (?:hands|feet|palms)', 'molluscum(?: contagiosum)?', 'rotator cuff(?: tears?| injur(?:y|ies))?', 'torn (?:tendons?|ligaments?|muscles?|hamstrings?|calf|calves|acls?|meniscus|menisci|cartilage)', '(?:gluten|lactose|food|wheat|dairy|histamine) intolerances?', 'rabies', 'swollen glands', 'varicella', 'tooth sensitivity', 'sensitive teeth',
  'infertility', 'kidney stones', 'gallstones', 'ha?emorr?h?oids', 'piles', 'fungal (?:nails?|infections?)', 'verrucas?', 'warts?', 'jaundice', 'glandular fever', 'kidney disease', 'liver disease', 'migraines?', 'chronic pain', 'joint pain',
  'allergies', 'deficienc(?:y|ies)', 'swelling', 'gut', 'leaky gut', 'candida', 'parasites', 'scars?', 'scarring', 'wounds?', 'tattoo infections?',
  'bacteria', 'viruses?', 'immune system', 'cytokines', 'crp',
  // Other organ systems and life stages, so claims about kidneys, skin, eyes, teeth, sleep, pregnancy,
  // children and old age are recognised as health claims too.
  'kidney (?:failure|damage|problems?)', 'renal failure', 'cataracts?', 'glaucoma', 'macular degeneration', 'myopia', 'eyesight', 'vision',
  'cavities', 'tooth decay', 'gum disease', 'gingivitis', 'sleep apnoea', 'sleep apnea', 'anaphylaxis', 'hay ?fever', 'allerg(?:y|ies)',
  'rashe?s?', 'hives', 'rosacea', 'dermatitis', 'pre-?eclampsia', 'morning sickness', 'miscarriages?', 'birth defects', 'sids', 'colic',
  'ear infections?', 'fevers?', 'mumps', 'rubella', 'chickenpox', 'whooping cough', 'polio', 'tetanus', 'meningitis', 'pneumonia', 'sepsis',
  'tuberculosis', 'malaria', 'the common cold', 'colds', 'gout', 'anaemia', 'anemia', 'incontinence', 'hearing loss', 'deafness', 'tinnitus',
  'eating disorders?', 'anorexia', 'bulimia', 'binge eating', 'trauma', 'bppv', '(?:blood )?clots?', 'sickle (?:cell )?crisis', 'tb', 'huntingtons(?: disease)?', 'thalass?a?emia', 'muscular dystrophy', 'ocd', 'panic attacks', 'addiction', 'heart failure', 'epilepsy', 'seizures?', 'endometriosis', 'pcos',
  'ulcers?', 'acid reflux', 'reflux', 'ibs', 'coeliac', 'celiac', '(?:brain|nerve|liver|organ|dna) damage', 'sterility', 'frailty',
  'a (?:bad |heavy |chest |head )?cold', 'fibromyalgia', 'chronic fatigue', 'self-?harm', 'hyperemesis', 'period (?:pain|cramps)', 'cramps', 'endo(?:metriosis)? lesions', 'chest pain', 'moles?', 'cfs', 'long covid', 'mnd', 'motor neurone disease', 'sciatica', 'concussion', 'af', 'atrial fibrillation', 'arrhythmias?', 'palpitations', 'hernias?', 'warts?', 'verrucas?', 'earache', 'glue ear', 'dvt', 'hair loss', 'baldness', 'alopecia', 'fibroids', 'chest infections?', 'sinusitis', 'uti', 'utis', 'cystitis', 'thrush',
  // Everyday complaints of skin, feet, eyes, ears, mouth, sleep, travel and first aid, as a family-health A-Z lists them:
  // comments about them are health claims as much as those about chronic disease.
  'dandruff', 'cradle cap', '(?:nappy|diaper|heat) rash', 'prickly heat', 'impetigo', 'ringworm', 'athletes foot', 'scarlet fever', 'strep(?: throat)?', 'slapped cheek', 'hand,? foot and mouth(?: disease)?', 'roseola', 'conjunctivitis', 'pink ?eye', 'styes?', 'blepharitis', '(?:a )?lazy eye', 'squints?', 'amblyopia',
  'ear ?wax', 'perforated eardrums?', 'bunions?', 'ingrown (?:toe)?nails?', 'chilblains?', 'frostbite', 'hypothermia', 'heat exhaustion', 'sunstroke', 'dehydration', 'corns', 'calluses', 'blisters?', 'bruis(?:es|ing)', 'sprains?', 'sprained \\w+', 'strains?', 'shin splints', 'tennis elbow', 'golfers elbow', 'frozen shoulder', 'whiplash', 'tendon?itis', 'bursitis', '(?:back|neck|knee|hip|shoulder) pain',
  '(?:bee |wasp |insect |jellyfish |nettle )?stings?', '(?:snake|adder|dog|insect|tick|spider|mosquito) ?bites?', 'grazes', 'scalds?', 'dry socket', 'toothache', 'teeth grinding', 'bruxism', 'tongue[- ]?tie', 'mastitis', 'hiccups', 'motion sickness', 'travel sickness', 'sea ?sickness', 'altitude sickness', 'jet ?lag', 'hangovers?',
  'night terrors', 'nightmares', 'sleep paralysis', 'snoring', 'vertigo', 'labyrinthitis', 'fainting', 'blackouts?', 'nosebleeds?', 'headaches?', 'leg cramps', 'raynauds', 'threadworms?', 'pinworms?', 'nits', 'bed ?bugs', 'constipation', 'diarrh?o?ea', 'gastroenteritis', 'food poisoning', 'vomiting', 'febrile (?:convulsions|seizures|fits)', 'bronchiolitis', 'bronchitis', 'laryngitis', 'coughs?', 'boils?', 'abscess(?:es)?', 'cellulitis', 'skin tags?', 'cold hands',
]

/** Prescribed or evidence-based care a comment might tell readers to abandon. */
export const TREATMENTS = [
  'meds', '5-?fu', 'medications?', 'medicines?', 'drugs?', 'pills?', 'tablets?', 'prescriptions?', 'prescribed \\w+', 'treatments?',
  'therapy', 'chemo(?:therapy)?', 'radiation', 'radiotherapy', 'surgery', 'transplant', 'dialysis',
  'vaccines?', 'vaccinations?', 'shots?', 'jabs?', 'boosters?', 'injections?', 'infusions?', 'insulin', 'metformin',
  'statins?', 'blood thinners?', 'antidepressants?', 'ssris?', 'antipsychotics?', 'stimulants?', 'ritalin', 'lithium',
  'levothyroxine', 'thyroxine', 'thyroid (?:meds|pills|medication)', 'biologics?', 'bisphosphonates?', 'hrt', 'hormones?',
  'antibiotics?', 'antivirals?', 'steroids?', 'inhalers?', 'immunotherapy', 'calcium', 'vitamin d',
  'screening', 'scans?', 'mammograms?', 'dexa', 'smear tests?', 'check-?ups?', 'your (?:doctor|gp|oncologist|specialist)',
  'a doctor', 'doctors?', 'the hospital', '(?:giving|donating) blood', 'blood donations?',
  // Care from other specialties: eyes, skin, teeth, pregnancy, children, allergies, rehabilitation.
  'vitamins?', 'prenatal \\w+', 'folic acid', 'iron (?:tablets|pills|supplements|infusions)', 'eye ?drops', '(?<!\\bice )creams?', 'ointments?',
  'antihistamines?', 'epi-?pens?', 'adrenaline', 'hearing aids?', 'pacemakers?', 'stents?', '(?:colono|endo|gastro|broncho|cysto|arthro)scop(?:y|ies)', '(?:mast|hyster|tonsill|append|vas|sympath)ectom(?:y|ies)', 'angioplast(?:y|ies)', '(?:sun ?)?glasses', 'exercise', 'physical activity', 'contact lenses', 'fillings?', 'root canals?', 'braces',
  'fluoride(?: toothpaste| varnish)?', 'sunscreen', 'physio(?:therapy)?', 'rehab', 'painkillers?', 'paracetamol', 'ibuprofen', 'acetaminophen',
  'tylenol', 'aspirin', 'epinephrine', 'naloxone', 'narcan', 'warfarin', 'heparin', 'anticoagulants?', 'antifungals?', 'beta blockers?', 'diuretics?', 'nsaids?', 'opioids?', 'morphine',
  'immuni[sz]ations?', 'mmr', 'c-?sections?', 'epidurals?', 'ultrasounds?', 'x-?rays?', 'blood tests?', 'cpap', 'counsell?ing', 'therapists?',
  'talk(?:ing)? therapy', 'psychiatric (?:meds|medication|care)', 'sleeping (?:pills|tablets)', 'teething gels?', 'gels?',
  // Drug-name families by suffix, so unseen drug names still count as treatment.
  '\\w+(?:mab|nib|pressin|statin|pril|sartan|olol|alol|azole|mycin|cillin|cycline|xetine|pram|triptyline|formin|gliptin|glutide|gliflozin|dronate|sone|lone|trexate|cept|platin|taxel|uracil|fu|dipine|azepam|azolam|profen|triptan|tidine|prazole|vudine|navir|previr|buvir|asvir|lukast|sonide|thiazide|semide|parin|xaban|gatran|setron|floxacin|purinol|peridol|pentin|gabalin|vaptan|pexole|irole|tigotine|ologists?|osin|limus)',
  'preventers?', 'palliative care', 'champix', 'varenicline', 'nicotine patches', 'patches', 'podiatrists?', 'dermatologists?', 'dentists?', 'hydroxychloroquine', 'plaquenil', 'tenofovir', 'a?cy?clovir', 'valaciclovir', 'oseltamivir', 'tamiflu', 'paxlovid', 'permethrin', '(?:the|a) gp', 'allergists?', '(?:cpap|sleep apn(?:o)?ea) machines?', 'antiepileptics?', 'anticonvulsants?', 'lithotripsy',
  // Common medicines and devices no suffix above covers.
  'isotretinoin', '(?:ro)?accutane', 'codeine', 'sertraline', 'venlafaxine', 'mirtazapine', 'kegels', 'pelvic floor exercises', 'retinoids?', 'melatonin', 'tamoxifen', 'finasteride', 'minoxidil', 'adderall', 'methylphenidate',
  // First aid and everyday care: dressings, ice, crutches, guards, patches, alarms, the chemist.
  'stitches', 'sutures', 'steri-?strips', 'dressings?', 'bandages?', 'plasters?', 'crutches', 'ice(?: packs?)?(?! cream| lollies| lolly| cubes?| skating| rink| age| baths?)', 'rice (?:method|protocol|stuff|advice|approach)', 'first aid', 'antivenoms?', 'anti-?venoms?', '(?:night|mouth|bite) ?guards?', '(?:eye )?patch(?:es|ing)?', '(?:bedwetting |enuresis )?alarms?', 'microsuction', '(?:ear )?syringing', 'medicated \\w+', 'insoles', '(?:the )?snip', 'operations?', 'operat(?:e|ing) on', 'amputations?', '(?:the |a )?chemists?', 'pharmac(?:y|ies)', '(?:a |the )?hospitals?', '(?:a |the )?(?:walk-in|urgent care) (?:centre|center|clinic)', 'follow[- ]?ups?', 'appointments?', 'oral rehydration(?: salts| solution)?', 'rehydration (?:salts|sachets|solution)', 'dioralyte', 'antibiotic \\w+',
  '(?:tb |skin |mantoux |heel prick |genetic |hiv |sti |covid |pcr |pregnancy )tests?', 'spironolactone', 'entresto', 'sacubitril', 'dmts?', 'disease[- ]modifying (?:drugs|treatments?|therap(?:y|ies))', '(?:ng|nasogastric|feeding) tubes?', 'tube feeding', 'anti-?rejection (?:drugs|meds|medication|tablets)', 'immunosuppressants?', 'hospice(?: care)?', 'bcg',
  'contraceptives?', 'the (?:coil|implant)', 'iuds?', 'grommets', 'electroconvulsive therapy', 'antacids?', 'laxatives?', 'decongestants?',
  'nasal sprays?', 'colchicine', 'dmards?', 'nicotine (?:patches|gum|replacement)', 'calpol', 'nurofen', 'panadol', 'advil', 'motrin', 'piriton',
  // Brand and generic names the suffixes miss: weight-loss injections, addiction and Parkinson's medicines, HIV prevention (PrEP, not meal prep).
  'mounjaro', 'ozempic', 'wegovy', 'saxenda', 'zepbound', 'semaglutide', 'tirzepatide', 'betahistine', 'levodopa', 'co-?careldopa', 'naltrexone', 'methadone', 'suboxone', 'buprenorphine', 'antabuse', 'disulfiram', 'acamprosate',
  '(?<!\\bmeal )prep(?! (?:your|the|my|our|meals?|food|work|time|school|for)\\b)', 'truvada', 'humira', 'enbrel', 'herceptin', 'keytruda', 'donepezil', 'memantine', 'elvanse', 'vyvanse', 'atomoxetine', 'tramadol', 'oramorph', 'fentanyl', 'gliclazide', 'letrozole', 'allopurinol',
  '\\w+ replacements?', 'ambulances?', '999', '911', 'a&e', 'the er', 'emergency (?:care|services|department)', 'paramedics', 'psa(?: tests?)?', 'mris?', 'biops(?:y|ies)', 'drops',
  '(?:the )?(?:rest of the )?(?:vaccine |jab |immuni[sz]ation )?schedule', 'benadryl', 'sudafed', 'lemsip', 'gaviscon', 'contrast (?:dye|agents?)', '(?:blood )?transfusions?', 'colonoscop(?:y|ies)', 'grommets?',
  // Operations named by the organ they remove ('having your gallbladder removed', 'take your gallbladder out'), and procedures and devices the lists above miss.
  '(?:gallbladder|appendix|tonsils|adenoids|womb|uterus|ovaries|thyroid|spleen|(?:ear ?)?wax|wisdom teeth|teeth|moles?|cysts?|bunions?|(?:toe)?nails?|lumps?|polyps)(?: removed| taken out| out| removal| surgery)', 'ercp', 'orthotics', 'splints?', '(?:back )?brace', '(?:spinal )?fusion(?: surgery)?', '(?:compression )?stockings', '(?:the|a|your|ur|my|her|their|next) smears?', 'colposcop(?:y|ies)', 'flomax', 'tamsulosin', 'elvanse', 'vyvanse', 'incubators?', 'referrals?', 'botox', 'mmrv', 'prp(?: injections?)?', 'slings?', '(?:the|an|your|my|his|her) op', 'take blood', 'exercises', 'lisdexamfetamine', 'dexamfetamine', '(?:eye )?pressure tests?', 'eye tests?', 'hearing tests?',
]

/** Remedies typically promoted as natural or miracle cures. */
export const REMEDIES = [
  'natural(?:ly)?', 'herbs?', 'herbal', 'juices?', 'juicing', 'juice cleanse', 'cleanses?', 'detox', 'fasting', 'fasts?',
  'diet', 'keto', 'carnivore', 'vegan', 'raw food', 'alkaline', 'baking soda', 'bicarbonate', 'vinegar', 'lemon',
  'turmeric', 'curcumin', 'ginger', 'ginseng', 'red light(?: therapy)?', 'xylitol', 'breast ?milk', 'mustard', 'hydrogen water', 'nattokinase', 'cold water', 'ice baths?', 'cold (?:showers?|plunges?|swims?)', 'sea (?:swims?|swimming)', 'amber (?:necklaces?|beads)', 'red wine', 'naturopath\\w*', 'magnets?', 'magnetic \\w+', 'crystals?', 'rose quartz', 'copper bracelets?', 'energy healing', 'reiki', 'poultices?', 'beetroot', 'onions?', 'arnica', 'chiropract\\w+', 'serums?', 'gummies', 'garlic', 'cinnamon', 'honey', 'celery', 'bitter melon', 'apricot kernels?', 'b17',
  'essential oils?', '\\w+ oil', 'colloidal silver', 'mms', 'chlorine dioxide', 'bleach', 'hydrogen peroxide', 'iodine',
  'sea moss', 'moringa', 'cannabis', 'cbd', 'hemp', 'mushrooms?', 'ivermectin', 'hydroxychloroquine', 'homeopathy',
  'homeopathic', 'grounding', 'sunlight', 'sun', 'bee venom', 'magnesium', 'zinc', 'vitamin [a-z]\\d*', 'megadoses?',
  'high-? ?dose', 'broth', 'tea', 'water', 'spice', 'extracts?', 'powder', 'tinctures?', 'protocol', 'capsules?',
  'supplements?', 'remed(?:y|ies)', 'formula', 'sunshine', 'gerson(?: therapy| protocol)?', 'wahls protocol', 'cranio-?sacral(?: therapy)?', 'cranial sacral(?: therapy)?', 'omega ?3', 'oily fish', 'toothpaste', 'elderberry(?: syrup)?', 'oregano oil', 'kangaroo care', 'skin to skin', 'comfrey', 'wild yam', 'bioidentical \\w+', 'nosodes?', 'drips?', 'oil of \\w+',
  'acupuncture', 'tapping', 'eft', 'black salve', 'hawthorn(?: berry)?', 'coq ?10', 'bee stings?', 'water fast(?:s|ing)?', 'cupping', 'reflexology', 'ozone(?: therapy)?', 'hyperbaric(?: oxygen)?', 'fish oil',
  'ginkgo(?: biloba)?', 'saw palmetto', '(?:pumpkin|flax|chia|fennel|sunflower|sesame|nigella|black) seeds?', 'seeds', '(?:brazil )?nuts', 'cayenne(?: pepper)?', 'pineapple(?: core)?', '(?:castor oil )?packs', 'selenium', 'feverfew', 'valerian(?: root)?', 'st johns wort', 'black cohosh', 'evening primrose(?: oil)?',
]

/** Who a hidden-motive narrative blames (PAN 2024 "agent"). */
export const AGENTS = [
  'big pharma', 'pharma', 'pharmaceutical (?:companies|industry|giants)', 'drug ?(?:companies|company|makers|industry|reps|giants)',
  // "industry" and "lobby" alone, not "\\w+ industry": a pattern led by \\w+ is tried at every word of every sentence.
  'vaccine (?:makers|companies|industry|manufacturers)', 'the industry', 'industry', 'lobby', 'lobbyists',
  'manufacturers?', 'companies', 'corporations', 'brands', 'big food', 'fda', 'cdc', 'nih', 'nhs', 'the who',
  'governments?', 'goverment', 'govt', 'authorities', 'regulators', 'the media', 'doctors', 'oncologists', 'psychiatrists',
  'cardiologists', 'endocrinologists', 'rheumatologists', 'dentists', 'labs', 'hospitals', 'insurers', 'the system',
  'experts', 'scientists', 'researchers', 'they', 'theyve', 'theyre', 'theyll', 'them', 'someone', 'somebody', 'publisher', 'medical establishment',
  'your doctor', 'the elites?', 'bill gates',
  'charit(?:y|ies)', 'associations?', 'ministry', 'ministries', 'clinics', 'nurses', 'insurer',
  // Professions by word family ("dermatologists", "psychiatrists", "paediatricians", "therapists") and the
  // places of care, so that any specialty can be the agent of an accusation.
  '(?:derma|neuro|uro|nephro|audio|ophthalmo|gynae?co|radio|immuno|gastroentero|haemato|hemato|pulmono|psycho|patho|viro|epidemio|toxico|endocrino|cardio|rheumato|onco)logists',
  'anaesthetists', 'anesthesiologists', 'allergists', '(?:paediatr|pediatr|obstetr|geriatr|phys|clin|diet|opt)icians', 'dietitians', '(?:psych|podi)iatrists',
  '(?:physio|psycho|occupational |speech )?therapists', 'pharmacists', 'specialists', 'orthodontists', 'optometrists', 'surgeons', 'nurses', 'midwives', 'docs', 'gps', 'endos', 'clinics', 'care homes', 'centres', 'centers', 'health visitors', 'social services', 'social workers',
  'firms', 'makers', 'chains', 'physios', 'nursing homes', 'schools', 'insurance companies', 'big (?!deal|fan|difference|problem|help|thing|part|issue|risk|change|one|day|mistake|brother|sister|family|city)\\w+', 'health officials', 'officials', 'politicians', 'the state',
  'the (?:medical|health|healthcare) (?:establishment|system|industry)',
]

/** A hidden objective: profit or control (PAN 2024 "objective"). */
export const MOTIVES = [
  '(?:to|can|could|just|way to|so they can|in order to) (?:sell|push(?! (?:\\w+ ){0,4}?up\\b| (?:your |the )?(?:heart rate|blood pressure|bp|pulse|temperature|levels?|sugars?)\\b)|market|profit)', 'sell(?:s|ing)? more', 'push(?:es|ing)? (?:more )?(?:pills|meds|drugs|patches|jabs|vaccines|statins|inhalers|injections)',
  'for profits?', 'profits?', 'profitable', '(?<!\\b(?:nhs|taxpayers?|public|tax|my|our|your) )money', 'billions?(?! (?:of )?(?:young |older )?(?:people|children|kids|adults|women|men|cases|doses|users|years|cells|bacteria))', 'millions of dollars', 'billion dollar', 'kickbacks?',
  'commissions?', 'comission', 'a cut', 'bribe[sd]?', 'paid (?:off|for|by)', 'bought and paid', 'bought off', 'bankrolled',
  'funded by', 'fund(?:s|ed)? every', 'sponsor(?:s|ed)?', 'on the payroll', 'customers?', 'cant patent', 'patent(?:ed)?',
  'cash cow', 'money machine', '(?:paying|pay|pays) out (?:millions|billions|compensation|benefits)', 'so (?:they|\\w+) (?:never|dont|wont|do not) (?:ever )?have to (?:pay|pay out|fund|treat|operate)', '(?:because|cos|since) (?:its|it is|theyre|they are) (?:too )?cheap', '(?:so|to) (?:they|he|she|it|\\w+) can (?:charge|overcharge|bill)', '(?:so|to make) (?:you|u|people|patients|parents|mums) (?:sign up|subscribe|keep paying|keep coming back)', '(?:make|makes|making|made) (?:a )?(?:fortune|killing|mint|packet|bomb)', '(?:so|to) (?:they|he|she|it|that they) (?:can|could) (?:get|put|keep) (?:you|u|us|people|patients|everyone|kids) on', 'repeat customers', 'fat check', 'bill (?:you|u)', 'keep (?:you|us|people|patients|everyone) (?:sick|coming back|on)',
  'need (?:you|us|people) sick', 'lifelong customers', 'put everyone on', 'get paid (?:for|to|by|per|on|off|extra|more|each|every|\\d)', 'makes? (?:a lot of )?money',
  'consulting deals?', 'makes? (?:more|a fortune|a killing|bank|billions|millions) (?:off|from|out of)', 'to protect (?:their |the )?\\w+ profits', 'who pays', 'owns (?:you|u|us|them|the \\w+)', 'controls? (?:you|u|us|the \\w+)',
  // Paid to act or to keep silent, and professions' business motives (repeat visits, keeping clients, fees).
  'paid to (?:\\w+ )?(?:stay|keep|say|lie|look|push|promote|recommend|prescribe|ignore|hide)', 'paid (?:extra|more) (?:for|per|on)',
  'get(?:s|ting)? paid (?:more|extra)', 'for (?:the|their) fees?', 'something to bill',
  '(?:want|wants|need|needs) (?:\\w+ )?(?:repeat|return|more) (?:visits|business|appointments|customers|clients|patients|sales)',
  'repeat (?:visits|business|customers)', '(?:to|so they can|so they) keep (?:their |the |more )?(?:clients|customers|patients|beds full|business)',
  // A cure that would end a business, people wanted sick for money, stakes held in the harm.
  'a cure would (?:end|ruin|kill|bankrupt|finish)', 'would (?:have )?(?:end|ended|ruin|ruined|kill|killed|wreck|wrecked|finish|finished) (?:the|their) (?:\\w+ )?(?:charity|charities|industry|business|profits?|pipeline|gravy train|market)',
  '(?:want|wants|wanted) (?:us|you|u|people|patients) (?:dead|dying|sick|ill)', 'to shift (?:more )?(?:machines|product|units|pills|stock|devices|antibiotics|drugs|meds|vaccines|jabs)', 'brings? in (?:more )?(?:funding|money|cash|revenue)',
  'own(?:s)? (?:shares|stakes?) in', 'more (?:\\w+ )?sold', 'keep(?:s|ing)? the prices? high', 'on (?:\\w+ )?payrolls?', '(?:building|collecting|harvesting) (?:a |your )?(?:dna|data)(?: database)?', '(?:dna|data) harvesting', 'kept (?:expensive|scarce) (?:on purpose|deliberately)', 'off patent', 'rather (?:people|patients|us|you|kids) (?:die|suffer|stay sick) than', 'lose (?:the |their )?(?:revenue|profits?|income)', 'sell (?:it |them |your \\w+ )?on\\b', 'harvest(?:ing)? (?:your )?(?:dna|data|organs|samples)', 'pays? for every (?:study|trial|paper)', '(?:is|are|was|were) bought\\b', 'same (?:shareholders|investors|investment groups|owners)', 'keep(?:s|ing)? the (?:regulators?|inspectors?) (?:sweet|onside|quiet)', 'funnel (?:\\w+ )?(?:kids|children|patients|people) (?:toward|towards|into)',
  '(?:your|their) money', 'money ?makers?', 'money ?spinners?', 'on commission', 'shift (?:more |their |the )?stock', 'cash(?:es|ing)? in on', 'lines? (?:their|his|her) pockets',
  'because (?:they|it|he|she|\\w+) (?:make|makes|earn|earns|rake|rakes) (?:in )?(?:a )?(?:fortune|killing|packet|bomb|mint|money|cash|billions)',
  'get(?:s|ting)? (?:a )?bonus(?:es)? (?:for|per|on)', 'paid (?:a )?(?:bonus(?:es)?|kickbacks?) (?:for|per|on)',
  '(?:wants?|needs?) (?:you|us|people|patients|everyone|them) (?:hooked|dependent|addicted|paying|buying)',
  // A purpose clause naming the reader's custom as the point: "... so you get acne and buy their acne line".
  '(?:so|so that) (?:you|u|youll|youd|we|people|patients|parents|women|men|everyone|customers)(?: (?!dont\\b|never\\b|not\\b|wont\\b|cant\\b)\\w+){0,6}? (?:buy|pay|spend|keep (?:buying|paying|coming back|taking)|come back|coming back)(?! less\\b| nothing\\b| only\\b| twice\\b)',
  'keep (?:you|us|people|patients|everyone|them) (?:paying|buying|hooked)',
  // Paid by the procedure or by bonus, and a renaming done so nobody could sue.
  '(?:deals?|contracts?) with (?:the )?(?:manufacturers|makers|pharma|drug companies|big pharma)', 'would (?:empty|close|bankrupt) (?:their|the) (?:waiting lists?|clinics?|waiting rooms?|practices?|wards?)',
  'paid (?:per|by the|for each) (?:operation|procedure|prescription|patient|jab|vaccine|test|scan|referral)',
  // Care said to be wanted for its own sake, and patients kept booked in.
  'in it for the money', '(?:only|just) (?:ever )?wants? to (?:operate|amputate|cut|medicate|prescribe|drug|jab|sell|bill|charge)', 'keep (?:\\w+ ){0,2}?booked in', '\\d+ a pop', 'ka-?ching',
  'push(?:es|ing)? (?:more |the |their )?(?:antibiotics|steroids|surgery|operations|tests|scans|formula|creams|the snip|procedures|glasses|braces)', '(?:get|gets|getting) (?:big |fat |huge )?bonuses', 'so (?:nobody|no one) (?:could|can|would|will) (?:ever )?sue',
]

/**
 * A hidden objective of control or harm rather than profit: a purpose clause saying what the agent means
 * to do to people ("they add it to make the population docile").
 */
export const CONTROL_MOTIVES = [
  '(?:to|so (?:they|it) can|in order to|so as to) (?:make|keep|get|render) (?:the |us |you |everyone |people |kids |children |patients |women |men )?' +
    '(?:population|masses|public|people|us|you|everyone|kids|children|patients|women|men|society|sheep|\\w+ \\w+|\\w+)? ?' +
    '(?:docile|sick|sicker|dependent|compliant|obedient|infertile|sterile|dumb|dumber|stupid|weak|sedated|quiet|passive|addicted|hooked|controllable|under control|manageable|easier to (?:control|manage))',
  'population control', 'depopulat(?:e|ion|ing)', '(?:to|so (?:they|it) can) free up (?:the |a |more )?beds?', 'mind control', 'to control (?:the )?(?:population|people|masses|public|us|you)', 'to sterili[sz]e',
  '(?:so|to make) (?:\\w+ ){0,3}(?:easier|cheaper) to (?:manage|control|staff|run|handle)', 'so (?:the )?(?:\\w+ )?(?:women|patients|people|kids|elderly) (?:suffer|stay sick|die)', 'so (?:they|\\w+) need(?:s)? fewer staff', 'so (?:[\\w-]+ ){1,3}?can take (?:the |your |our |their )?(?:babies|baby|kids|children)(?: away)?', '(?:so|to let) (?:[\\w-]+ ){1,3}?(?:can|could) (?:refuse|deny|reject|avoid paying) (?:\\w+ )?(?:claims|payouts|benefits|compensation)',
]

/** Secrecy, suppression and insinuation (PAN 2024 "secrecy"). */
export const SECRECY = [
  '(?:know|knew) (?:exactly |full well )?how to (?:cure|fix|stop|end|switch off|get rid of)',
  '(?:dont|do not|never|wont|will not|doesnt) (?:tell|want) (?:you|u|us|people|anyone|the public)', 'they (?:know|knew)',
  'theyve known', 'known (?:it )?for (?:decades|years)(?!(?: [\\w-]+){0,3} that\\b)', 'hid(?:e|es|den|ing)?', 'bur(?:y|ies|ied|ying)', 'cover(?:ed|ing)? (?:it )?up',
  'cover-?ups?', 'suppress(?:ed|es|ing)?', 'silenc(?:e|ed|ing)', 'keep (?:it|this) quiet', 'quietly', 'wont (?:say|admit)',
  'never (?:mention|admit|tell)s?', '(?:nobody|no one)(?: [\\w-]+){0,4}? (?:ever )?(?:mentions?|tells? (?:you|u))', 'not a coincidence', 'no coincidence',
  'follow the money', 'wake up', 'on purpose', 'deliberate(?:ly)?', 'invented', '(?<!\\b(?:sounds?|sounded|sounding|seems?|looks?) )made up', 'cooked up', 'a front', 'a scam',
  'in bed (?:together|with)', 'before they take it down', 'will never admit', 'refuse to (?:test|look|admit)',
  'the real reason', 'the only reason', 'secretly (?:put|puts|add|adds|added|lace|laces|laced|inject|injects|injected|spike|spikes|spiked|slip|slips|sneak|sneaks)', '(?:only|solely|purely) because', 'lets just say', 'why else would (?:they|he|she|it|the \\w+|\\w+)', 'funny how', 'notice how', 'ask yourself why', 'ever wonder why',
  'dont want (?:you|people) to', 'never says?', 'knows? (?:its|that|it)', 'scared of it', 'afraid of it', 'censor(?:ed|ing)?', 'rigged',
  // Paid or kept silence, knowing harm and carrying on, and conditions made up by those who profit.
  'stay(?:s|ing)? (?:quiet|silent)', 'keep(?:s|ing)? (?:quiet|silent|their mouths shut)', 'look(?:s|ing)? the other way', 'swept under the (?:rug|carpet)',
  'hush(?:ed)? (?:it )?up', 'gag(?:ged)? orders?', '(?:know|knew|known)(?: \\w+){1,6} but (?:still |they )?(?:keep|kept|continue|carry on|use|sell|prescribe)',
  '(?:prescribe|sell|push|give|recommend)s? (?:it|them) anyway', 'never (?:bring|brings|brought) (?:it|this|that) up', 'put about by', 'used to know (?:this|that|it) before', '(?:relabell?ed|rebranded|renamed|reclassified) (?:it |them )?so\\b',
  '(?:dont|do not|doesnt|does not|didnt|never|wont) (?:write|report|publish|record) (?:it|them|this|that)(?: up)?\\b',
  'invent(?:s|ing)?', 'make up', 'makes up', 'making up', 'fabricat(?:e|es|ed|ing)',
  'manufactur(?:e|es|ed|ing) (?:\\w+ ){0,4}?(?:diseases?|diagnos[ie]s|conditions?|disorders?|fear|crises|crisis|epidemics?)', 'paid off',
  // Findings shelved, sat on or conveniently lost; orders from above; nobody willing to talk.
  'shelved', 'sitting on (?:it|them|the cure)', 'sits? on (?:it|them|the cure)', 'sat on (?:it|them|the (?:data|evidence|research|results|findings|cure|studies))', 'closed? ranks', 'rewrit(?:e|es|ing|ten) the (?:notes|data|records|results|tables|safety data)', '(?:was |were )?(?:all )?scrubbed (?:out|from)', 'never (?:been )?released', 'hidden in plain sight', 'rebrand(?:ed|ing)?', 'make (?:\\w+ ){1,5}disappear', 'sign (?:it|them) off anyway', 'under orders', 'lost the (?:files|data|records|evidence|results|studies)',
  '(?:wont|will not|will never|refuse to) talk about', '(?:made|designed) to (?:wear off|fail|break|stop working)', '(?:know|knew) (?:exactly|full well|perfectly well) what', '(?:nobody|no one)(?: \\w+){0,5} (?:will|wants to|dares to) (?:talk|speak) about', 'one (?:outfit|company|firm) under different',
  '(?:was|were|is|all) (?:planned|engineered|staged|orchestrated)', 'buried the (?:evidence|research|studies|data)', 'paid off the regulators',
  // Knowing harm dated back ("the firms have known since the 80s", "they knew all along").
  // Not "have known for decades that smoking causes cancer": knowledge reported with its content is no cover-up.
  '(?:have|has|had) (?:always |secretly )?known (?:about (?:it|this|that) |it |this |that )?(?:since|all along|for (?:ages|decades|years))(?!(?: [\\w-]+){0,3} that\\b)', 'knew (?:it |this |that )?all along', 'known since the(?!(?: [\\w-]+){0,3} that\\b)',
]

/** Stand-alone conspiracy formulas that need no named agent. */
export const CONSPIRACY_FORMULAS = [
  // Commission, profit models and marketing named as the reason care exists.
  '(?:are|is|get|gets|being) (?:pushed|prescribed|sold|handed out|given out|recommended) (?:\\w+ )?on commission', '(?:only|just) exists? (?:so|to)(?: that)? (?:[\\w-]+ ){0,3}?(?:can |could )?(?:keep|make|sell|fill|earn|profit|push)',
  'on purpose so (?:[\\w-]+ ){1,3}?(?:can|could) (?:sell|shift|push|make|keep)', '(?:basically |secretly |all )?owned by (?:the )?(?:[\\w-]+ )?(?:makers|manufacturers|companies|industry|pharma)',
  '(?:would|theyd|hed|shed) rather (?:you|u|we|people|patients|women|parents) (?:[\\w-]+ ){0,2}?(?:buy|bought|pay for|take|stay on|keep taking) (?:[\\w-]+ ){0,3}?(?:forever|for life|for ever|every month|for years)', '(?:a )?cure (?:doesnt|does not|wouldnt|would not|cant|cannot) (?:sell|make (?:them |anyone )?(?:money|a profit))',
  '(?:is|are) (?:their|the) profit (?:margin|model|stream)', '(?:only|just) push(?:es|ing)? (?:[\\w-]+ ){1,2}because (?:it|they) (?:\\w+ )?(?:frees?|saves?|makes?|pays?|earns?|suits?)', '(?:is|was) (?:just |all |basically |nothing but )?(?:a |one big )?(?:marketing|advertising|pr) (?:campaign|stunt|exercise|ploy) to (?:sell|push|shift)',
  'follow the money', 'wake up (?:people|sheeple|everyone)',
  // "more patients = more metformin sold", "make you sick, sell you the fix": the business model named as the motive.
  'more (?:[\\w-]+ )?(?:patients|customers|prescriptions|sick people|users|diagnoses)(?: =| means| equals| is) more (?:[\\w-]+ ){0,2}?(?:sold|sales|money|profits?|cash|customers)',
  'make (?:you|u|us|people|them|everyone) sick,? (?:and |then )*sell (?:you|u|us|people|them) (?:the |a )?(?:cure|fix|pills|drugs|meds|treatment|remedy)', '(?:dont|do not) want you to know', 'bought and paid for',
  'in bed together', 'keep (?:you|us|people) sick', 'need (?:you|us|people) sick', 'lost customer', 'cured patient',
  'paid shills?', 'they (?:dont|do not|will never|wont) tell (?:you|u)', 'not a coincidence', 'before they take it down',
  'the cure (?:for \\w+ )?(?:exists|was found)', 'had the cure', '(?:its|it is|thats|that is|this is) (?:just |all |simply |purely |nothing but )*(?:a )?(?:sales|marketing|money-?making) (?:strategy|ploy|tactic|trick|gimmick|scheme)', '(?:wrote|write|writes|drafted|dictated?) (?:the |their |these |all the )?(?:[\\w-]+ ){0,2}?(?:guidelines|guidance|rules)(?: \\w+)? themselves', '(?:wrote|write|writes) their own (?:guidelines|guidance|rules)', '(?:dont|do not|never) (?:actually |really )?want (?:you|u|us|people|patients|your [\\w-]+(?: [\\w-]+)?) to (?:heal|get better|recover|be cured|get well)', '(?:no one|nobody)(?: is| seems)? in (?:any|a) (?:hurry|rush) to (?:find|cure|fix|develop)',
  // Motive nouns that carry the accusation alone: a treatment called a money grab or a racket.
  '(?:money|cash) grabs?', 'rackets?(?! sports?)', 'cash cows?',
  // A body posing as independent ("the charities are fronts for the drug makers"), news as advertising, and sarcastic "coincidence".
  '(?:are|is) (?:just |all |basically )?(?:a )?fronts? for', '(?:an? )?(?:ads?|adverts?|advertising|marketing) in disguise',
  '(?:total|complete|pure|just a) coincidence,? (?:(?:im|i am) sure|right|eh|obviously)', '(?:is|are) the (?:real )?product',
  'pays? (?:\\w+ ){0,3}?to (?:keep|push|promote|hide|bury|silence|ignore|blame|downplay|cover|get)',
  '(?:shortage|outbreak|crisis|epidemic|scare) (?:is|was) (?:deliberate|manufactured|planned|engineered|fake|invented)', 'coincidence (?:i think not|dont make me laugh|yeah right|my arse|my foot)', 'timed like clockwork', '(?:an? )?(?:[\\w-]+ )?(?:story|lie|myth|scare) (?:invented |made up |cooked up )?to (?:sell|push|scare)',
  '(?:we|our [\\w-]+|you|kids|children|babies) are (?:the )?(?:guinea pigs|lab rats|the (?:trial|experiment))',
  // People used as test subjects, diseases as weapons, coincidence questioned, silence bought.
  '(?:using|uses|used|treating|treats|treated) (?:[\\w-]+ ){1,3}?as (?:guinea pigs|lab rats)', '(?:a )?(?:depopulation|sterili[sz]ation|mass) experiments?', '(?:was|were|is|are|got) (?:all )?(?:cooked|dreamt|dreamed|made) up by', '(?:its|it is|thats|all|just) (?:all )?(?:upselling|an upsell)', '(?:a )?bio-?weapons?', 'escaped from (?:a |the )?(?:\\w+ )?lab',
  'is it (?:really |just )?(?:a )?coincidence',
  // Care designed to keep people coming back, more money in treating than curing, paid per script, pocketed takings.
  'designed to keep (?:you|u|people|patients|us|them|everyone|kids|women|men) (?:dependent|sick|ill|hooked|coming back|paying|on (?:it|them|meds|pills|drugs))',
  '(?:more|bigger|better|real) money in (?:[\\w-]+ ){1,6}?(?:than|then) (?:in )?(?:a |the |one )?cur(?:e|es|ing)\\b', '(?:no|zero|little) money in (?:a |the )?cur(?:e|es|ing)',
  '(?:pays?|paid|paying) (?:them|doctors|docs|gps|(?:the )?\\w+ists|(?:the )?\\w+ologists|surgeons|nurses) (?:per|for every|for each|by the) (?:script|prescription|patient|referral|jab|operation)',
  '(?:and )?pocket(?:s|ed|ing)? (?:it|them|the (?:money|cash|profits?|difference|lot))', '(?:flog|flogs|flogging|flogged|resells?|reselling) (?:it|them|the \\w+|\\w+) (?:on )?for (?:a )?(?:profit|fortune)',
  '(?:until|till|til|untill) (?:the )?(?:[\\w-]+ ){0,2}?patents? (?:run out|runs out|ran out|expire|expires|lapse|lapses)', 'being (?:sat on|kept quiet|shelved)', 'been sat on',
  '(?:im|i am|iam) (?:sure|certain) (?:the )?(?:[\\w-]+ ){0,3}?(?:had|have|has) nothing to do with (?:it|that|this)', '(?:youre|you are|ur|u r|were|we are|theyre|they are) (?:just |only |nothing but )?(?:a |an )?(?:monthly |regular |repeat |walking )?(?:payments?|pay ?cheques?|paychecks?|cash cows?|revenue streams?|meal tickets?)\\b(?! (?:plan|holiday|date|reminder|option)s?\\b)', '(?:euthanasia|rationing|eugenics) by the back door', 'because (?:theyre|they are|hes|he is|shes|she is|they get|he gets|she gets) paid\\b', 'in (?:their|his|her|the industrys|big pharmas) pockets?',
]

/** The miracle's tell in a cure story: the doctor baffled by the recovery. */
export const MIRACLE_TELLS = [
  '(?:consultants?|doctors?|gps?|oncologists?|specialists?|\\w+ologists?|endos?|nurses?)(?: \\w+)? (?:was|were) (?:\\w+ )?(?:gobsmacked|amazed|baffled|stunned|speechless|flabbergasted)',
  'could(?:nt| not) explain (?:it|how|why)', '(?:went|gone) (?:very |really )?quiet when',
]

/** Absolutes and sensational framing that raise the weight of a claim (ClaimBuster check-worthiness). */
export const ABSOLUTES = [
  'always', 'never', 'every(?:one|body)?', 'all', 'any', 'nothing else', 'completely', 'totally', 'entirely', 'permanently',
  'for good', 'forever', 'guaranteed', ...MIRACLE_TELLS, '100(?= ?%)', '100 percent', 'zero', 'instantly', 'overnight', 'in (?:just |only )?\\d+ (?:hours?|days?|weeks?|months?)',
  'in (?:just )?(?:days|weeks|hours)', 'no (?:drugs?|meds|chemo|pills|medication|doctors?) (?:needed|required)', 'without fail',
  'better than any', 'better then any', 'the only', 'only cause', 'no joke', 'period', 'fact', 'proven', 'proves it',
  'every single', 'actually', 'literally', 'massive', 'poison(?:ing|s)?', 'toxic', 'is what causes', 'are what cause',
  'no (?:\\w+ ){1,3}(?:needed|required|necessary)', 'every (?:single )?time', 'anything else', 'full stop', 'end of story', 'no exceptions',
]

/** Credible sources (NOTES: a DOI, PubMed, Cochrane, WHO, CDC, a named journal and year). */
export const SOURCES = [
  'doi', 'doi\\.org', '10\\.\\d{4,}/\\S+', 'pubmed', 'pmid', 'ncbi', 'cochrane', 'world health organi[sz]ation', 'cdc', 'nih',
  'nhs', 'fda (?:label|labelling|prescribing information|monograph|guidance|approved label)',
  'prescribing information', 'drug label', 'monograph', 'fact ?sheet', 'nejm', 'new england journal', 'jama(?: \\w+)*', 'lancet',
  'bmj', 'nature (?:reviews|medicine)(?: \\w+)*', 'annals of \\w+', 'journal(?: of)?', 'meta-?analys[ie]s', 'systematic review',
  'randomi[sz]ed (?:controlled )?trials?', '\\w+ trial', 'review (?:in|by|from)', 'clinical guidelines?', 'guidelines? (?:from|by)', 'position statement',
  // Charities and agencies that publish figures, and the marks of an academic citation.
  '(?:research|cancer|diabetes|asthma|arthritis|kidney|heart|stroke|lung|care) uk', 'hfea', 'ukhsa', 'macmillan', 'et al', '(?:paper|study|review|trial) (?:in|published in) (?:the )?(?:science|nature|\\w+ journal|lancet|bmj|jama|nejm|pediatrics|cell)',
  'consensus statement', 'according to (?:the )?(?:american|british|royal|european|national|world) \\w+', '(?:american|british|royal|european) (?:academy|college|society|association|institute) of', 'academy of \\w+', '\\w+ (?:foundation|association|society|college)', 'cosmetic ingredient review', 'nccn', 'uspstf',
]

/** Upper-case acronyms that are only sources when written in capitals ("who" and "nice" are common words). */
export const SOURCE_ACRONYMS = /\b(?:WHO|NICE|EMA|USPSTF|AHA|ACS|ADA|NCI)\b|\baccording to (?:the )?(?!THEM\b|THEY\b)[A-Z]{3,6}\b/g

/**
 * Predicates that dismiss a treatment outright ("statins are useless", "chemo never works", "X is
 * poison"): an absolute verdict on established care. The cue phase only counts them with a treatment as
 * the subject.
 */
export const DISMISSALS = [
  'useless', 'pointless', 'worthless', 'a (?:complete |total )?waste of (?:time|money)', 'unnecessary', 'obsolete', 'junk', 'rubbish', 'garbage',
  'snake oil', 'a racket', 'a con', 'a (?:big |total )?(?:scam|fraud|sham|hoax|lie)', 'placebos?', '(?:rat )?poison(?:ous)?', 'toxic(?: \\w+)?',
  '(?:a )?neurotoxins?', 'toxins?', 'never (?:really )?(?:works?|worked|helps?|helped)',
  // "doesnt work for everyone" is true of every treatment: only the unscoped dismissal counts.
  'do(?:es)?nt (?:really |actually |even )?(?:work|help)(?! for (?:everyone|everybody|every (?:single )?\\w+|all (?:\\w+ )?(?:people|patients))\\b)',
  'do(?:es)? not (?:really |actually )?(?:work|help)(?! for (?:everyone|everybody|every (?:single )?\\w+|all (?:\\w+ )?(?:people|patients))\\b)', 'do(?:es)?nt do anything', 'never (?:needed|necessary|required)',
  'never (?:\\w+ )?(?:cured|helped|saved|fixed) (?:anyone|anybody|a single \\w+)', '(?:loaded|full) with (?:synthetic |toxic |chemical |heavy )?(?:junk|toxins|poisons?|chemicals|crap|metals|mercury|alumin(?:i)?um|formaldehyde|additives|fillers)',
  'full of (?:synthetic |toxic |chemical |heavy )?(?:junk|toxins|poisons?|chemicals|crap|metals|mercury|alumin(?:i)?um|formaldehyde|additives|fillers)',
  'a chemical (?:cosh|restraint|lobotomy|straitjacket)', 'a money ?maker', 'a money ?spinner', 'just a business',
  '(?:isnt|arent|wasnt|is not|are not|not) (?:really |even )?worth (?:it|the risk|the hassle|the side effects)', 'a crutch', 'overkill', '(?:cause|causes|do|does) more (?:harm|damage|problems) than (?:good|they solve|it solves)', 'do(?:es)?nt (?:really |actually |even )?(?:lower|reduce|prevent|treat) (?:\\w+ ){0,2}(?:blood pressure|cholesterol|blood sugar|risk|anything)', '(?:is|are|its|=) (?:literally |basically |just )?(?:heroin|meth|crack|cocaine|speed|amphetamines?)', 'should (?:never|not) be (?:given|prescribed|offered|used) (?:to|for|in)',
]

/** A treatment said to be more dangerous than what it prevents or treats ("the vaccine is worse than measles"). */
export const HARM_COMPARATIVES = [
  'more (?:dangerous|harmful|deadly|risky|toxic|damaging|lethal)', 'deadlier', 'riskier', 'worse', 'more harm', 'more damage',
]

/**
 * Causes of disease medicine has established: denying one is a claim ("smoking doesnt cause lung cancer",
 * "germs dont make you ill"), affirming one is not ("HIV does cause AIDS").
 */
export const ESTABLISHED_CAUSES =
  '(?:smoking|cigarettes|tobacco|hiv|hpv|germs|bacteria|viruses?|microbes|pathogens|asbestos|radon|uv|sunburn|the sun|alcohol|drinking|air pollution|mosquitoes|ticks)'

/** Harm verbs: what a treatment is accused of doing to the body. */
export const HARM_VERBS = [
  'causes?', 'caused', 'gives?', 'gave', 'triggers?', 'triggered', 'leads? to', 'made', 'makes?', 'rots?', 'destroys?', 'destroyed', 'damages?',
  'damaged', 'poisons?', 'poisoned', 'harms?', 'harmed', 'kills?', 'weakens?', 'ruins?', 'ruined', 'shuts? down', 'cooks?', 'fries',
  'alters?', '(?:thins?|thinning)(?= (?:\\w+ ){0,2}skin\\b)', '(?:shrinks?|shrank|shrinking)(?= (?:your |the |their |kids |childrens |peoples )?brains?\\b)', 'wrecks?', 'blinds?', 'stunts?', 'cripples?', 'sterili[sz]es?', 'creates?', 'created', 'brings? on',
  // The same harms told as ongoing ("is destroying your liver", "are slowly poisoning everyone").
  'causing', 'giving', 'triggering', 'rotting', 'destroying', 'damaging', 'poisoning', 'harming', 'killing', 'weakening', 'ruining',
  'shutting down', 'wrecking', 'crippling', 'sterili[sz]ing', 'altering', 'blinding', 'stunting', 'frying',
]

/** What the harm lands on: organs, the body and its functions, unborn and young children. */
export const BODY_TARGETS = [
  'brains?', 'kidneys?', 'livers?', 'hearts?', 'teeth', 'gums', 'enamel', 'skin', 'eyes', 'eyesight', 'vision', 'hearing', 'immune systems?', 'gut',
  'baby', 'babies', 'unborn \\w+', 'fetus', 'foetus', 'cells', 'dna', 'hormones', 'nerves', 'bones', 'joints', 'muscles', 'memory', 'fertility',
  'body', 'bodies', 'organs', 'children', 'kids', 'thyroid', 'arteries', 'blood', 'nerve',
  'jaw(?:bone)?s?', 'glands?', 'growth', 'lungs', 'stomach', 'bladder', 'prostate', 'ears', 'hair',
  'eardrums?', 'feet', 'toes', 'nails', 'ligaments?', 'tendons?', 'spine', 'scalp', 'tongue', 'circulation',
]

/** A disease played down: harmless, a normal part of life, or good for you. */
export const MINIMISERS = [
  'harmless', 'no big deal', 'nothing to (?:worry|fear|be scared) about', 'good for (?:you|kids|children|babies|the immune system|your immune system)',
  'a natural part of (?:\\w+ )?(?:childhood|life|growing up|ageing|aging|being a kid)', 'natures way', 'beneficial', 'totally normal', 'perfectly normal',
  'nothing more than a (?:bad )?cold', 'just a (?:bad )?cold', 'a (?:bad|nasty|heavy) cold', 'a (?:normal |natural )?rite of passage',
  'no worse than a cold', 'purely cosmetic', 'only cosmetic', 'just a (?:bad |upset |dodgy )?(?:tummy|stomach)(?: bug)?(?! ache)', '(?:almost |nearly |usually )?always mild', 'just (?:the|a) flu', 'a (?:good|healthy) thing',
]

/** The same, said with a negated copula: measles "isnt dangerous". */
export const MINIMISERS_NEGATED = ['dangerous', 'serious', 'deadly', 'a big deal', 'a real (?:risk|danger|disease|illness)', 'life-?threatening']

/** What a condition is reduced to by "is just ..." ("depression is just a lack of willpower"). */
export const REDUCTIONS = [
  'a lack of (?:\\w+ )?(?:willpower|discipline|effort|character|grit|faith|motivation)', 'lack of (?:willpower|discipline|effort|character|grit)',
  'laziness', 'lazy', 'vain', 'weakness', 'a choice', 'depression', 'bad parenting', 'poor parenting', 'bad habits', 'a phase', 'a (?:bad |normal |common |mild |nasty )?(?:cold|bruise|graze|chilblain|rash|headache|sniffle|tummy ache)', '(?:kids|boys|girls) being (?:kids|boys|girls)',
  'attention seeking', 'in (?:your|their|the) head', 'an excuse', 'a label', 'marketing', 'a mindset', 'an attitude(?: problem)?', 'old age', 'dehydration',
  'dry skin', 'sadness', 'shyness', 'being (?:lazy|weak|sad|shy|dramatic|naughty|spoiled|spoilt|manipulative|difficult|stubborn|fussy|silly|greedy)', 'hormones', 'a detox', '(?:your|the) body (?:healing|detoxing|cleansing)',
  'a money ?maker', 'a (?:diagnosis|label) for profit', 'deconditioning', 'a (?:trendy|fancy|posh|new|modern) (?:name|word|label) for', 'psychological', 'psychosomatic', 'mental', 'age', 'getting older', 'made up', 'normal (?:ageing|aging)', 'crying out for (?:a )?\\w+',
]
