import { promotes, type NormalisedText, type Phase, type Sentence, type Signal, type Token } from '../state'
import type { ClaimCategory } from '../types'
import {
  ABSOLUTES, AGENTS, BODY_TARGETS, CONDITIONS, CONSPIRACY_FORMULAS, CONTROL_MOTIVES, DISMISSALS, ESTABLISHED_CAUSES, HARM_COMPARATIVES, HARM_VERBS, MINIMISERS, MINIMISERS_NEGATED, MOTIVES,
  REDUCTIONS, REMEDIES, SECRECY, TREATMENTS,
} from '../lexicon/health'
import { anyOf, execAllAt, findAll, findAllAt, findFirst, findFirstAt, headScans, hoistWordBoundary, matchSpansIn, matchStartsIn, topLevelAlternatives, wordsRegex, type Match } from '../lexicon/regex'
import { latin1Source, quoteOriginal } from './normalise'

/**
 * Recognises the structure of an unsupported health claim without any rule phrase, so the engine
 * generalises to topics no moderator has written rules for. One detector per claim category, each
 * judging one sentence:
 * - hidden motive: an agent with a hidden objective and/or secrecy (PAN 2024 narrative roles);
 * - miracle cure: a cure verb next to a disease or remedy, raised by absolutes;
 * - stop treatment: an imperative to stop, refuse or skip a treatment;
 * - invented statistic: a figure or share stated as fact;
 * - fact denial: denial of an established fact, or a sensational causal claim;
 * - treatment harm (reported as fact denial): a treatment dismissed as useless or poison, said to be worse
 *   than the disease, to cause the disease or to damage the body, or a disease played down as harmless.
 * Mitigations (questions, hedges, debunking, sources) are applied by a later phase, not here.
 *
 * Regex scans are nearly all of this phase's cost on long comments, so each detector looks for its
 * defining cue first (a motive, a cure verb, a stop verb, a figure, a denial) and only scans for the
 * supporting words (agents, conditions, remedies, absolutes) in sentences that have it.
 */
const AGENT = wordsRegex(AGENTS)
/** Profit and control motives in one scan; which kind a match is, is read from the matched words. */
const MOTIVE = wordsRegex([...MOTIVES, ...CONTROL_MOTIVES])
const CONTROL = new RegExp(`^${anyOf(CONTROL_MOTIVES)}$`)
const SECRET = wordsRegex(SECRECY)
const FORMULA = wordsRegex(CONSPIRACY_FORMULAS)
const CONDITION = wordsRegex([...CONDITIONS, 'tattoos?'])
const REMEDY = wordsRegex(REMEDIES)
const ABSOLUTE = wordsRegex(ABSOLUTES)
const TREATMENT_WORDS = anyOf(TREATMENTS)
const TREATMENT = new RegExp(`\\b${TREATMENT_WORDS}\\b`, 'g')
/** A treatment within four words after a stop verb ("stop taking your insulin", "come off the anti-rejection drugs"). */
const TREATMENT_AFTER = new RegExp(`^\\s*(?:[\\w-]+ ){0,4}?${TREATMENT_WORDS}\\b`)
/** Between a subject and its predicate: at most four (a condition: three) words, no comma. */
const SUBJECT_GAP_TREATMENT = /^(?: [\w-]+){0,4} ?$/
const SUBJECT_GAP_CONDITION = /^(?: [\w-]+){0,3} ?$/
/** "they're loaded with toxic metals": a pronoun standing for a treatment named earlier in the sentence. */
const PRONOUN_BEFORE = /\b(?:they|theyre|it|its|these|those|that stuff|this stuff)(?: [\w-]+){0,2} ?$/
/** "too much paracetamol damages the liver" is a dose warning, not a claim against the treatment. */
const DOSE_QUALIFIER = /\b(?:too (?:much|many)|overuse of|overdos\w*|high doses? of|long-term|excess(?:ive)?|misuse of|mixing)\b/
/** "can damage" and "sometimes causes" state a known risk; only the flat assertion is a claim. */
const PRICE_BEFORE = /\b(?:price|prices|pricing|cost|costs|markup|bills?|fees?)\b(?: \w+){0,3} ?$/
const MOTIVE_NOUN = /^(?:money grab|cash grab|racket)/
/**
 * A harm told with how the treatment is handled safely ("causes birth defects, which is why pregnancy tests
 * are required", "must not be taken in pregnancy"): a known side effect explained, not a treatment accused.
 */
const CAUTIONARY_CARE =
  /\b(?:must|should|cannot|cant|shouldnt|mustnt)(?: not| never)? be (?:taken|used|given|prescribed|started|combined)\b|\bwhich is why\b|\bside[- ]effects?\b|\b(?:under|with) (?:close )?(?:medical )?(?:supervision|monitoring)\b|\bpregnancy tests?\b|\bwhen (?:you )?first start(?:ing)?\b/
const MODAL_BEFORE = /\b(?:can|could|may|might|sometimes|rarely|occasionally|commonly|frequently|typically|in rare cases|if)(?: \w+)? ?$/

const NEGATION_BEFORE = /\bnot (?:every|all|everyone|everybody|each)\b(?: [\w-]+){0,4} ?$|\b(?:not|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|cant|cannot|couldnt|never|(?<!\b(?:a|an|the|strict|my|your|their|our) )no|nothing|hardly|nor)\b(?: \w+){0,2} ?$|\b(?:doesnt|does not|dont|do not|didnt) (?:mean|prove|show)(?: \w+){0,4} ?$|\b(?:a )?(?:long (?:long )?way|far|miles) from(?: \w+){0,2} ?$/
/** A "no" after an article or "strict" names a compound ("a strict no salt diet"), so it negates nothing. */
const isNegated = (sentence: string, at: number): boolean => NEGATION_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))

/** A pseudo-mechanism: the disease "cannot survive" a diet, pH or oxygen level (part of the strong cure cues). */
const CURE_MECHANISMS = [
  '(?:cancer|tumou?rs?|bacteria|viruses|germs|parasites|candida|fungus|disease|infections?)(?: cells)? (?:cant|cannot|can not|wont|doesnt|dont) (?:survive|grow|live|exist|thrive|spread)',
  'starves? (?:the |your |all )?(?:cancer|tumou?rs?|cells|bacteria|virus(?:es)?|parasites|candida)', '(?:alkaline|alkalized|alkalised|oxygenated) (?:body|blood|state|environment)',
]
/** A mechanism claim states its own negation ("cannot survive"), so the negation check does not apply to it. */
const CURE_MECHANISM_WORDS = /\b(?:cant|cannot|can not|wont|doesnt|dont) (?:survive|grow|live|exist|thrive|spread)\b/
/** What a miracle cure claims to give back. */
const FACULTY = '(?:hearing|eyesight|sight|vision|memory|hair|sense of smell|smell|taste|fertility|movement|mobility|speech|balance|libido|cartilage|enamel)'
const CURE_STRONG = wordsRegex([
  ...CURE_MECHANISMS,
  'cur(?:es|ed|ing)', `(?<!\\b(?:a|the|no|any|actual|for) )cure(?= (?:\\w+ )?${CONDITION.source})`, 'remed(?:y|ies) for', 'nothing worked until', 'will cure', 'can cure', 'to cure', 'reverse[sd]?', 'reversing', 'eliminat(?:e|es|ed|ing)', 'vanish(?:ed|es)?',
  'melts? (?:away|tumou?rs|fat)', 'knits? (?:[\\w-]+ ){0,3}?(?:back )?together', 'kills? (?:[\\w-]+ ){0,2}(?:virus(?:es)?|norovirus|bacteria|germs|infections?|parasites)(?= in (?:your|the) (?:gut|body|blood|stomach|system|bloodstream))', '(?:kills?|killed|killing) (?:the |all the |off the )?(?:yeast|candida|fungus|parasites|worms|bacteria|virus)(?= (?:with|using|by)\\b)', 'melts', 'dissolv(?:e|es|ed)', 'destroys? (?:tumou?rs|cancer)', 'kills? (?:cancer|tumou?rs?|\\d+ ?%|all|every)',
  'shrinks? (?:\\w+ ){0,2}(?:tumou?rs|cancer|hernias?|fibroids|cysts|polyps|goitres?|prostates?|lesions)', 'grows? (?:[\\w-]+ ){0,2}back', 'switch(?:es|ed)? off (?:the |your )?(?:inflammation|pain|cancer|[\\w-]+ genes?)', 'beats? (?:any|every) (?:tablet|pill|drug|medicine|medication|treatment|antidepressant|antibiotic|therapy|inhaler|cream|chemo|surgery|operation)s?',
  // "does everything the 4 heart pills do", "knows more than the neuros": medicine said to be outdone.
  'does (?:everything|the same (?:job|thing)|exactly what|all) (?:[\\w-]+ ){0,4}?(?:pills?|drugs?|meds|medications?|tablets|inhalers?|statins?|antidepressants?|chemo|injections?|jabs?) (?:do|does|did|can)',
  '(?:know|knows|knew) more (?:about (?:\\w+ ){0,2})?than (?:the |your |any |all the |most |all )?(?:doctors|docs|neuros|gps|\\w+ologists|experts|scientists|specialists|consultants|the nhs)',
  '(?:thats|that is|was) all (?:[\\w-]+ ){0,3}?(?:needed|took|it took) to (?:beat|cure|fix|get over|recover from|heal|clear|reverse)', 'cleans? (?:your |the )?(?:liver|kidneys|blood|gut|colon|arteries) out',
  '(?:\\d+|one|two|three|four|five|six|ten|a) (?:days?|weeks?|sessions?|months?),? (?:and |later )?(?:[\\w-]+ ){0,2}?(?:gone|cured|healed|cleared)', '(?:thins?|lowers?|controls?|works?|does|treats?) (?:\\w+ ){0,3}(?:as well as|as good as|just like) (?:\\w+ )?(?:warfarin|insulin|statins?|metformin|tablets|pills|drugs|medication|antibiotics|blood thinners|chemo)', 'regr(?:ows?|ew|own)', '(?:is|are) the (?:real |only |true |natural )?cure for', 'rebuilds?', 'wipes? out', 'neutrali[sz]es?', 'resets? (?:your|the) immune system',
  'heals? (?:any|all|every)', 'detox(?:es|ifies)', 'starves? (?:the )?(?:cancer|tumou?r)', 'clears? out', 'pulls? (?:it|toxins) (?:back )?out',
  'works better (?:than|then)', '(?:is|are) (?:\\w+ )?curable(?= (?:with|by|through|using)\\b)', '(?:has|have) shrunk', 'burns? (?:it|them|\\w+) out', 'breaks? (?:it|them|(?:a |the )?\\w+(?: \\w+)?) down(?= in\\b)', '(?:kills?|clears?|treats?|heals?) (?:[\\w-]+ ){1,2}?(?:better|faster) (?:than|then)?(?= ?$|\\b)', '(?:faster|better|quicker) than (?:any |the |your )?(?:\\w+ )?(?:tablets|pills|drugs|medication|medicine|meds|antibiotics|surgery|chemo|insulin|inhalers?|steroids)', 'better (?:than|then) (?:[\\w-]+ (?:or|and) )?(?:any|all|chemo|drugs?|medication|medicine|meds|pills?|biologics?|insulin|metformin|statins?|antidepressants?)',
  'faster (?:than|then) (?:any|chemo|drugs?|medication)', 'more effective (?:than|then)', 'cure (?:for|of) (?:all|every|any)',
  '(?:miracle|natural|secret|hidden|real) cures?', 'went from \\w+ to (?:totally |completely )?normal',
  'regenerat(?:e|es|ed|ing)', 'stops? (?:[\\w-]+ ){0,3}?in (?:its|their) tracks', 'unblocks? (?:your |the |blocked )?(?:fallopian tubes|tubes|arteries)', `(?:brings?|brought|gives?|gave|got) (?:\\w+ ){0,2}?${FACULTY} back`, `restores? (?:\\w+ ){0,2}?${FACULTY}`, 'flush(?:es)? (?:out )?(?:the |all |your )?(?:\\w+ )?(?:toxins|cancer|plaque|stones?|parasites|virus|crystals)',
])
/** A cure claim made by its result: healed "completely", "for good", "overnight", "every time". */
const CURE_RESULT = wordsRegex([
  '(?:(?:heal|fix|clear|treat|solve|sort|get rid of|gets rid of|got rid of|repair|restore|prevent|stop|cure|regenerate|regrow|flush|switch|kill)(?:s|es|ed|ing)?|breaks? down|knocks? (?:\\w+ ){0,3}?out|dissolv(?:e|es|ed|ing)|shrinks?|shrank|works?|worked|disappear(?:s|ed)?|goes away|went away|(?:its|it is|theyre|its all|is|was|were|are) gone)(?: \\w+){0,4}? ' +
    '(?:completely|for good|permanently|entirely|forever|back to normal|every (?:single )?time|overnight|instantly|immediately|straight away|within minutes|by (?:the )?(?:morning|next day|tomorrow)|(?:in|within|inside) (?:a |one |just )?(?:day|days|week|weeks|night|weekend|month|fortnight)|(?:in|within) (?:about |around |roughly )(?:a |one )?(?:day|week|month|fortnight)|in (?:just |only |about |around )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a few) ?(?:days?|weeks?|hours?|hrs?|minutes?|mins?|sessions?|adjustments?|treatments?|appointments?|goes)|100 ?%)',
])
const SELF_LIMITING = /\bon (?:its|their) own\b|\bby (?:itself|themselves)\b|\bwithout (?:any )?treatment\b/
const PURPOSE_OR_HEDGE_BEFORE = /\b(?:to|helps?(?: to)?|can|could|may|might)\s$/
/**
 * "Antibiotics cure strep throat", "chemo cured my son's leukaemia", "hepatitis C can now be cured with
 * antivirals": medicine credited with what medicine does is not a miracle cure. Excused only when the
 * treatment is the subject (or the agent after "cured with/by"), no remedy is named, and nothing absolute
 * or sensational lifts the sentence.
 */
const CURED_WITH_TREATMENT = new RegExp(`^ (?:with|by|using) (?:[\\w-]+ ){0,4}?${TREATMENT_WORDS}\\b`)
/** "lowers the risk of", "cuts the chance of": risk reduction is how evidence is phrased, not a cure claim. */
const RISK_OBJECT = /^ (?:\w+ )?(?:the |your |their |a )?(?:risk|risks|chance|chances|odds|likelihood|rate|rates|incidence)\b/
const CURE_WEAK = wordsRegex(['heal(?:s|ed|ing)?', 'fix(?:es|ed)?', 'sort(?:s|ed)(?= (?:\\w+ ){0,3}?(?:out )?with\\b)', 'clears?', 'prevents?', 'protects? against', 'lowers?(?! in\\b| than\\b)', 'boosts?', 'restores?', 'treats?', 'repairs?', 'unblocks?', 'g(?:ot|ets?|etting) rid of'])

/** A stop told as narration or a gerund, then held up as what readers should do. */
const ENDORSED_STOP = wordsRegex([
  '(?:stop(?:ped|ping)?|quit(?:ting)?|ditch(?:ed|ing)|binn(?:ed|ing)|dropp(?:ed|ing)|chuck(?:ed|ing)|toss(?:ed|ing)|threw|throwing|(?:came|coming|got|getting) off) (?:[\\w-]+ ){0,8}?' +
    '(?:(?:and )?so should (?:you|u|everyone|all of you)|(?:you|u|everyone) should (?:too|as well)|do the same|(?:is|was) all it (?:takes|took)|best (?:decision|thing) (?:i|ive) (?:ever )?(?:made|did|done))',
])
/** What was stopped must be a treatment or stand for one ("I binned mine"); "I quit smoking and so should you" is no claim. */
const ENDORSED_OBJECT = /\bmine\b/
/** "should be seeing one instead of a neurologist": the alternative a stop verb "instead of" is read after (see ADVICE_LEAD). */
const INSTEAD_VERB = '(?:seeing|see|using|use|trying|try|going to|go to)(?: (?:one|them|him|her|it|an? [\\w-]+))?'
/** Where urgent care is sought, in the forms a refusal of it names. */
const URGENT_CARE = '(?:the )?(?:hospital|a&e|the er|out of hours|(?:the |your |a )?(?:doctor|gp))'
const STOP_VERB = wordsRegex([
  'stop(?! (?:clogging|bothering|hassling|pestering|blocking|harassing|abusing)\\b)(?: (?!paying|buying|spending|overpaying|wasting)\\w+ing)?', 'quit(?: \\w+ing)?', 'refuse', 'skip', 'ditch', 'throw (?:away|out)', 'bin', 'flush', 'dump', 'get off', 'come off',
  // The object may sit inside the verb ("throw the pills out") or after a person ("never give your child ...").
  'throw (?:\\w+ ){1,4}?(?:out|away|in (?:the|a) (?:bin|trash|rubbish|drawer))', 'toss(?: out)?', 'take (?:\\w+ ){0,3}?off', 'keep (?:\\w+ ){0,2}?off',
  // "you'll never need allopurinol again": the treatment declared unnecessary from now on.
  '(?:you|u)(?:ll| will)? never (?:need|have to take)(?= (?:[\\w-]+ ){1,3}?(?:again|anymore|any more)\\b)',
  // Refusals with no object of their own: they refer to a treatment named earlier (see OBJECTLESS_STOP).
  'go cold turkey', '(?:just )?say no(?! to)', 'delay', 'postpone', 'put off', 'put (?:the |your |those |that )?(?:[\\w-]+ )?(?:away|in the (?:bin|drawer))', '(?:dont|do not) do(?! (?:it|that|this|so) (?:on (?:your|ur) own|alone|by (?:yourself|urself)|yourself|without\\b|unsupervised))', '(?:waste|wasting) (?:an? |the |your )?(?:ambulance|a&e|999|(?:gps?|doctors?|nurses?)s? time)', 'hold off(?: on)?', 'wait it out', 'ride (?:it|them|the \\w+) out', 'no need to (?:see|call|ring) (?:anyone|a doctor|the gp|a gp|the doctor)', `no need to (?:rush|go|run|drag|take|bring)(?: (?:them|him|her|your \\w+|the \\w+))? (?:to|into) ${URGENT_CARE}`,
  '(?:nobody|no one)(?: (?:with|who has|on) (?:[\\w-]+ ){1,3}?)?(?: actually| really| ever| even)? needs', 'wait (?:\\d+ ?(?:hrs|hours|days)|a (?:day|week|few days)|(?:a )?(?:couple of|few) days) before (?:you|u) (?:ring|call|see|go)',
  '(?:can|could) (?:avoid|skip|come off|get off|ditch) (?:it|them|the \\w+|\\w+) (?:completely |entirely |altogether )?(?:with|by|using|through)',
  'tell (?:the|your|ur) (?:\\w+ )?(?:midwife|doctor|gp|nurse|dentist|surgeon|consultant|school|hospital|health visitor) no(?: to| thanks)?',
  '(?:dont|do not|never) (?:waste|bother) (?:an? |the |your )?(?:ambulance|a&e|999|911|the er|paramedics|doctor|gp|hospital)', '(?:dont|do not|never|no point) (?:bother(?:ing)?|go(?:ing)?) (?:seeing|to see|calling|ringing|phoning|contacting|going to) (?:a |the |your )?(?:doctor|gp|a&e|hospital|dentist|optician|midwife|anyone|anybody|111|999)',
  // "no reason on earth to swallow 3 months of pills", "should be seeing one instead of a neurologist", "dont sign the hospice forms".
  'no (?:good )?reason (?:on earth |at all |whatsoever )?(?:to|for (?:you|u|anyone) to) (?:take|swallow|have|get|give|be on|keep taking|start)', `(?<=\\b${INSTEAD_VERB} )instead of(?: (?:seeing|going to|taking|using))?`, '(?:dont|do not|never) sign', '(?:dont|do not|never) (?:call|ring|phone) (?:999|911|an ambulance|the doctor|your gp)',
  '(?:dont|do not|never) give(?! up\\b)', '(?:skipping|refusing|ditching|avoiding|declining|delaying) (?:the |your |a |any )?(?:[\\w-]+ ){0,2}?(?:\\w+ )?(?:is|was) (?:the )?(?:smart|smarter|better|best|right|safest|only) (?:move|choice|option|thing|call|way)', 'chuck(?: out| away)?', 'wean (?:\\w+ )?off', 'steer clear of',
  '(?:can|could) (?:refuse|decline|skip|turn down|say no to|opt out of)(?= (?:[\\w-]+ ){0,7}?and (?:you |u |everyone )?(?:should|must)\\b)',
  'turn down', 'turn (?:it|them|that|this) down', 'decline', 'opt out of', 'no need (?:for|to (?:take|use|get|see))', 'ignore (?:your|the|what (?:your|the)) (?:\\w+ )?(?:doctor|gp|midwife|dentist|nurse|pharmacist|advice|letter|invitation|invite|reminder|recall)s?',
  '(?:dont|do not|never) (?:give|put) (?:your |a |the |any )?(?:\\w+ )?(?:kids?|child(?:ren)?|baby|babies|toddlers?|son|daughter|infants?|teens?|parents?|elderly|gran\\w*|mum|mom|dad)(?: (?:any|on))?',
  'never (?:take|use|get|go|trust|start|bother with|touch|accept)', '(?:dont|do not|never) let (?:a&e|the er|(?:an?|any|the|your) (?:\\w+ )?(?:doctor|gp|dentist|surgeon|nurse|midwife|pharmacist|\\w+ologist|\\w+iatrician|hospital|school))',
  // "no dialysis needed": the treatment is declared unnecessary in passing.
  'no (?!prescriptions? |(?:doctor |gp )?(?:visits?|appointments?|consultations?) )(?:\\w+ ){1,2}(?:needed|required|necessary)', 'keep (?:your |the )?(?:kids?|children|baby|babies|family) away from',
  '(?:dont|do not|never)(?: ever)? (?:take|bother with|let (?:them|anyone|your doctor|a doctor)|vaccinate|go|use|start|trust|get|wear|put on)', '(?:(?:you|u|we|people|kids|women|men)(?: are| r|re)?|youre|your|ur|were)(?: (?:much|far|way|so much))? better off without', 'avoid', 'forget',
  '(?:no (?:one|body|woman|women|man|men|parent|mother|child|kid|person|patient|adult|baby|toddler|teen|teenager|girl|boy|pregnant (?:woman|women|mum|mom))|nobody)(?: (?:with|who (?:has|have|is|are)|on)(?: [\\w-]+){1,3}?)? should (?:ever )?(?:take|use|get|have(?! to)|touch|be given|be on|go on)',
  'stay away from', 'say no to', '(?:dont|do not|never) waste (?:your |ur )?(?:money|time|cash) on', 'stick (?:[\\w-]+ ){1,3}?in the (?:loft|bin|drawer|cupboard|attic|garage)', 'ignore (?:the|that|any|all the) (?:[\\w"-]+ ){0,8}?(?:rule|rules|advice|guidance|guidelines|warnings?)', '(?:dont|do not|never) see (?:a|the|your|ur) (?:doctor|gp|dentist|midwife|specialist|physio)', '(?<!\\b(?:dont|do not|never|not) )give up', 'cancel', 'stop listening to', 'nobody needs', 'no one needs', '(?:you|u|kids|children|babies|people|adults|men|women|(?:pregnant|older|healthy|young) (?:women|people|adults|kids|mums|moms)) (?:dont|do not|really dont|honestly dont) need', 'who needs',
  'cold turkey is (?:fine|safe|ok|okay|the way|the only (?:safe |real )?way)', '(?:dont|do not|never) let (?:them|anyone|the (?:\\w+ )?(?:doctors?|nurses?|hospital|team)) (?:put|start|keep) (?:your|ur|my|the|a) (?:[\\w-]+ ){1,2}?on', '(?:dont|do not|never) let (?:them|anyone|the (?:\\w+ )?(?:nurses?|doctors?|hospital|gp|midwife)) (?:talk|push|pressure) (?:you|u) into',
  `(?:dont|do not|never) (?:rush|go|run|bother going) (?:to|into) ${URGENT_CARE}`,
  '(?:you|u) (?:never|dont|do not) (?:ever )?need to see (?:a |an |the |your )?(?:doctor|gp|podiatrist|dentist|dermatologist|specialist|consultant)', '(?:id|i would|i will|ill|i)? ?never let (?:my|your|our) (?:\\w+ )?(?:kids?|children|parents|mum|mom|dad|baby|babies|wife|husband|family|gran\\w*) (?:have|get|go in for|take|be given)',
])
/** An imperative starts a clause or follows advice words; "I stopped my biologic" is narration, not advice. */
const ADVICE_LEAD = new RegExp(
  `(?:^|[,;:.!?\\-]|\\b(?:(?:should|must|better|need to|have to|ought to)(?: be)? ${INSTEAD_VERB}|id|i would|ill|i will|always|please|just|so|and|then|simply|whatever you do|my advice|advice|people|everyone|anyone|all|should|must|need to|have to|better|ought to|seriously|honestly|immediately|now|asap|today|u|you|patients|(?:you|u) (?:can|could)(?: safely| just)?))\\s*$`,
)
/** "my GP and I agreed I'd stop the statin": a decision told, not advice given. */
const NARRATED_DECISION = /\b(?:agreed|decided|planned|chose|was told|were told|told me|said|figured) (?:that )?(?:id|i would|i will|ill|wed|we would|we will)\s*$/
const PRONOUN_INSIDE = /\b(?:it|them|those|these)\b/
const GROUP_NEEDS = /^(?:people|patients|kids|children|women|men|adults)\b/
const GROUP_WORD_LEAD = /^\s*[\w-]+\s*$/
const PRONOUN_OBJECT = /^\s*(?:\w+ ){0,1}(?:it|them|those|that stuff)\b/
/** "the best thing you can do for a kid with ADHD is take them off the meds": advice announced as the answer. */
const ANSWER_LEAD = /\b(?:best|only|first|smartest) thing(?: \w+){0,8} is(?: to)?\s*$/
/** A refusal with no object ("refuse.", "just say no", "go cold turkey"): it refers to the treatment the comment named. */
/** "no dialysis needed": the verb phrase that names its object inside it. */
const NEEDED_AT_END = /^no .*\b(?:needed|required|necessary)$/
const OBJECTLESS_STOP = /^(?:refuse|(?:just )?say no|go cold turkey|stop|quit|wait it out|ride (?:it|them|the \w+) out|turn (?:it|them|that|this) down)$/
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?]|$|and\b|then\b)/
/** "If they tell you that you need lithotripsy, refuse": the refused thing is what care proposes. */
const PROPOSED_CARE = /\bif (?:they|(?:your|ur) \w+|the \w+|a \w+|doctors|docs|anyone)(?: \w+)? (?:tells?|says?|wants?|tr(?:y|ies)|offers?|push(?:es)?|recommends?|suggests?|prescribes?|mentions?|brings? up|puts? (?:you|u) on)\b|\bif (?:youre|you are|ur|u r|you get|your \w+ (?:is|gets)) offered\b/
/**
 * Advice that defers to a professional, or applies only in a stated case ("avoid ibuprofen if you have kidney disease"),
 * or repeats a well-known safety rule (no aspirin for children, no honey for babies, no cough syrup for toddlers).
 */
const CAREFUL_ADVICE =
  /\baspirin\b.*\b(?:children|kids|under 1[26]s?|teenagers|reyes?)\b|\bhoney\b.*\b(?:babies|infants|under (?:1|one|12 months))\b|\bcough (?:medicine|syrup|mixture)s?\b.*\bunder (?:2|6|two|six)s?\b|\bwithout (?:talking|speaking|asking|checking|consulting)\b|\btalk to your (?:doctor|gp|team)\b|\b(?:our|my|your|the) (?:\w+ )?(?:doctor|gp|team|nurse|midwife|pharmacist|dentist|\w+ologist|consultant|specialist|surgeon) (?:said|says|told|advised|recommended|suggested)\b|\bif (?:you|your \w+|he|she|they) (?:have|has|are|re|take|get|notice|develop)\b(?! (?:on|taking|using)\b| (?:the|a|your) (?:diagnosis|prescription|referral|letter|appointment|results?|offer|invite|invitation)\b)|\bunless\b|\bbefore (?:surgery|an operation|a procedure|your \w+|(?:you|u) (?:stop|quit|change|come off|drop))\b|\b(?<!\b(?:need to|needs to|have to|bother to|never|dont|wont) )(?:have a (?:chat|word|talk)|chat|speak|talk|check|call|ring|phone|see) (?:to |with )?(?:your |the |a )?(?:\w+ )?(?:doctor|gp|nurse|pharmacist|midwife|team|specialist|consultant)\b|\b(?:on an empty stomach|with (?:alcohol|grapefruit|food|other \w+)|for (?:a |the |your )?(?:colds?|flu|virus(?:es)?|viral \w+|sore throat)|more than (?:the|\d|one|two)|longer than)\b/

const STATISTIC = new RegExp(
  hoistWordBoundary([
    '\\b\\d+(?:\\.\\d+)? ?(?:%|percent|per cent)(?! off| discount| cashback| returns| bonus| up to| deposit| this year| gains?| growth| apy| yield| weekly| monthly| cheaper| accuracy| accurate| win rate| profit| commission| interest| apr\\b| apy\\b)',
    '\\b(?:one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) (?:percent|per cent)\\b',
    latin1Source('\\b(?<![$£€,.])\\d+ (?:(?:people|patients|kids|children|women|men|adults|babies|users|cases|guys) )?(?:in|out of) (?!(?:19|20)\\d\\d\\b)\\d+\\b(?! ?(?:days?|weeks?|months?|years?|hours?|mins?|minutes?)\\b)'),
    '\\b\\d+(?:\\.\\d+)? (?:years?|months?) (?:longer|shorter|earlier|later)\\b',
    '\\b\\d[\\d,]* (?:people|deaths|kids|children|patients|women|men|babies|adults) (?:a|per|every) (?:year|day|week|month)\\b',
    '\\b\\d+ of the \\d+\\b',
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:two|three|four|five|six|ten|a hundred|a thousand|\\d+)\\b',
    '\\b(?:(?:over|more than|nearly|almost) )?(?:half|a third|two thirds|a quarter|three quarters|the majority) of (?:all )?(?:\\w+ ){0,2}?(?:people|patients|cases|women|men|children|kids|doctors|deaths|users|\\w+s)\\b',
    '\\b\\d+ ?x (?:faster|more|higher|likelier|less|slower|better|the (?:risk|chance|odds|rate))\\b',
    '\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a hundred|hundred) times (?:more|higher|faster|likelier|less|as)\\b',
    '\\b(?:twice|half) as (?:long|likely|fast|quickly|slowly|bad|deadly|dangerous)\\b',
    // "fatal half the time": a death rate stated as fact.
    '\\b(?:fatal|deadly|lethal) (?:in )?(?:half|a third|a quarter|most|\\d+ ?%) (?:of )?(?:the time|cases)\\b',
    // "score 12 IQ points lower": a difference stated as a measured fact.
    '\\b\\d+(?:\\.\\d+)? (?:iq )?points (?:lower|higher|less|more|worse|better|off)\\b',
    '\\ban average of \\d+(?:\\.\\d+)?\\b',
    // "the average wait on the list is 12 years", "takes 3 weeks off your life on average".
    '\\b(?:the )?average (?:[\\w-]+ ){1,5}?(?:is|was|of) (?:about |around |only |just |over |nearly )?\\d+(?:\\.\\d+)? (?:years?|months?|weeks?|days?|hours?)\\b',
    // "TB kills more people in Britain every year than road accidents": a comparison of deaths stated as fact.
    '\\bkill(?:s|ed)? (?:more|fewer) (?:[\\w-]+ ){1,6}?(?:than|then)\\b',
    // "the average person with sickle cell only lives to 25": a life expectancy stated as fact.
    '\\b(?:average|typical) (?:[\\w-]+ ){1,6}?(?:lives?|dies?|survives?) (?:to|at|until|for|past) (?:about |around |only )?\\d+\\b', '\\blife expectancy (?:is|of) (?:only |just |about |around )?\\d+\\b', '\\b(?:knocks?|takes?|shaves?|cuts?|knocked|took|shaved) (?:about |around |up to )?(?:\\d+|two|three|five|ten|fifteen|twenty|a few) (?:years?|months?|weeks?) off (?:your |their |a |peoples )?(?:life|lives|life expectancy)\\b', '\\b(?:half|a third|two thirds|a quarter|three quarters|\\d+ ?%) of (?:all )?(?:[\\w-]+ ){1,3}?(?:cases )?(?:these days |nowadays )?(?:is|are) (?:actually |really )?(?:caused|triggered) by\\b',
    '\\b(?:risk|chances?|odds)(?: \\w+)? (?:up|down) by\\b', '\\badds? (?:[\\w-]+ ){0,2}years? to (?:your|their|a|the) (?:life|lifespan|lives)\\b',
    // "have half the sperm count of", "double the risk of": a multiple of a measure stated as fact.
    '\\b(?:half|double|twice|triple|three times|a third of) the (?:[\\w-]+ ){0,2}?(?:count|rate|risk|levels?|chance|odds|number)\\b',
    '\\b(?:success|cure|death|failure|infection) rate of\\b',
    // An effect size stated as fact: "ages your brain by 2 years", "lowers IQ by 5 points".
    '\\b(?:by|up to) \\d+(?:\\.\\d+)? (?:years?|iq points|points|kg|kilos?|pounds|lbs|inches|cm)\\b',
  ]),
  'g',
)
/**
 * Treatment harm. Each is found by its predicate first (cheap, rare), and only then is the subject looked
 * for in the few words before it: a treatment for dismissals, comparisons and harms, a condition for
 * minimising and reducing a disease. "Antibiotics are useless against viruses" is true, so a dismissal
 * scoped to viruses or colds does not count.
 */
/** Against viruses, colds or flu: where "useless" or "does nothing" is simply true of many treatments. */
export const VIRAL_SCOPE = '(?:against|on|for) (?:a |the )?(?:\\w*virus\\w*|viral|colds?|flu)\\b'
const DISMISSAL = `(?:(?:is|are|r|was|were|s|its|theyre|remain|seem|just|basically|all|completely|totally|utterly|pure|literally|nothing but|nothing more than|really|actually|mostly|a|an) )*${anyOf(DISMISSALS)}\\b(?!(?: (?:well|as well|very well|that well))? ${VIRAL_SCOPE})(?! (?:for|in) (?:most|many|some|mild))`
/**
 * The comparison and the harm are matched with a short window of words after them; whether that window
 * names a disease is then read from the sentence's list of conditions, so these patterns do not embed
 * the long condition list (which made them the costliest scans of the phase).
 */
const HARM_COMPARISON = `${anyOf(HARM_COMPARATIVES)}(?: \\w+){0,4}? (?:than|then)(?=(?<compared>(?: [\\w-]+){1,4}))`
const COMPARED_WITH_DISEASE = /^ (?:\w+ ){0,3}?(?:the (?:disease|illness|condition|infection|virus|bug|real thing)|\w+ itself|catching (?:it|them)|getting (?:it|them|sick))\b/
const HARM_TO_BODY = `${anyOf(HARM_VERBS)}(?=(?<harmed>(?: [\\w-]+){1,4}))`
/** "are killing people", "poisoning everyone who takes them": a treatment said to kill or poison the people who take it. */
const LETHAL_VERB = /^(?:kill|poison|destroy|murder)/
const HARMED_PEOPLE = /^(?: \w+){0,1}? (?:people|patients|everyone|everybody|thousands|millions|users|kids|children|babies|us)\b/
const HARMED_BODY = new RegExp(
  `^(?: \\w+){0,3}? (?:(?:the |your |ur |their |a |peoples |childrens |kids )?${anyOf(BODY_TARGETS)}|(?:people|you|u|us|kids|children|babies|everyone|everybody|them|women|men) (?:sick|ill|worse|blind|deaf|infertile|sterile|${anyOf(CONDITIONS)})|(?:it|cancer|the cancer|tumou?rs?|the tumou?r) (?:spread|grow))\\b`,
)
/** "dialysis removes toxins", "charcoal binds poisons": the dismissal word is the object the treatment acts on. */
const ACTED_ON = /\b(?:removes?|removed|removing|filters?|filtered|clears?|cleared|cleans?|flush(?:es|ed)?|binds?|blocks?|reduces?|neutrali[sz]es?|treats?|counteracts?|absorbs?|against|from)(?: (?:the|all|any|most|harmful))? $/
const CAUSED_BY = '(?:is|are|was|were|s|gets?) (?:\\w+ ){0,2}?(?:caused|triggered|brought on|created|made worse) (?:by|from) '
const MINIMISED = `(?:(?:is|are|was|were|r|s|its|=)(?: (?!not\\b|never\\b)\\w+){0,2}? ${anyOf(MINIMISERS)}|(?:isnt|arent|wasnt|is not|are not)(?: even| really| that| very)? ${anyOf(MINIMISERS_NEGATED)})\\b(?! (?:in|for) (?:most|many|the majority of|nearly all|almost all)\\b)`
const REDUCED = `(?:is|are|was|r|s|its) (?:just|only|simply|basically|really|all|purely|entirely|totally|completely|nothing but|nothing more than)(?: \\w+){0,3}? ${anyOf(REDUCTIONS)}\\b`
const NEVER_HAPPENED = '(?:never (?:really )?happened|(?:was|were) (?:staged|faked)|(?:is|was) (?:a )?psyop)\\b'
/**
 * All treatment-harm predicates in one scan, each alternative named after its structure: scanning a
 * sentence with one regex costs about half as much as with seven (the engine's code stays in cache).
 * The comparison and the harm look ahead at the next words without consuming them.
 */
const HARM_FAMILIES = ['comparison', 'causedBy', 'dismissal', 'harm', 'minimised', 'reduced', 'never'] as const
type HarmFamily = (typeof HARM_FAMILIES)[number]
export const TREATMENT_HARM = new RegExp(
  `\\b(?:(?<comparison>${HARM_COMPARISON})|(?<causedBy>${CAUSED_BY})|(?<dismissal>${DISMISSAL})|(?<harm>${HARM_TO_BODY})|(?<minimised>${MINIMISED})|(?<reduced>${REDUCED})|(?<never>${NEVER_HAPPENED}))`,
  'g',
)
/**
 * Where a predicate may start, found first and TREATMENT_HARM tried there only, which finds what scanning it finds:
 * scanned whole, V8 walks its seven families one after another at every word.
 */
const TREATMENT_HARM_STARTS = headScans(
  [HARM_COMPARISON, CAUSED_BY, DISMISSAL, HARM_TO_BODY, MINIMISED, REDUCED, NEVER_HAPPENED].flatMap((family) => topLevelAlternatives(family).map((alternative) => `\\b${alternative}`)),
)
const TREATMENT_HARM_STICKY = new RegExp(TREATMENT_HARM.source, 'y')

const UNSOURCED_AUTHORITY = wordsRegex(['studies (?:show|prove)', 'research (?:shows|proves)', 'science (?:says|proves)', 'its been known', 'been known since', 'look it up', 'fun fact', 'fact', 'proven', 'guaranteed'])

/**
 * `negatable`: "isn't poison" corrects a myth rather than stating one. Harm to the body ("rots your
 * teeth") is not here: it is a claim only when a treatment does it (the treatment-harm detector).
 */
/** "anyone who still thinks the MMR causes autism", "thinking all medicine is fake": a belief described, not asserted. */
const BELIEF_DESCRIBED_BEFORE = /\b(?:anyone|people|those|everyone|somebody|someone|nobody|whoever) who (?:still )?(?:thinks?|believes?|says?|claims?)\b[^,;:]*$|\bwhoever (?:wrote|said|says|thinks|claims|decided)\b[^,;:]*$|\b(?:you|u|they|ppl|people) (?:actually |really |still |honestly )?(?:think|believe|reckon)\b[^,;:]*$|\b(?:thinking|believing|claiming|pretending|assuming)\b[^,;:]*$/
const NON_SEQUITUR_BEFORE = /\b(?:doesnt|does not|dont|do not|didnt|did not) (?:mean|prove|show)\b[^,;:]*$/
const SCOPED_BY_IF = /\bif (?!you ask me\b)(?:you|u|youre|your|the|it|its|they|theyre|she|he)\b[^;:]*,? (?:it|they|this|that)? ?$/
/** Words before a cue that explain a fact ("the birth dose exists because ..."): a denial after them corrects a myth. */
const EXPLANATION_BEFORE = /\b(?:because|due to|is caused by|are caused by|comes from|exists? to|is given to|is there to)\b/
/** "your liver flushes toxins out": the body's own organs clearing waste is physiology, not a pseudo-mechanism. */
const ORGAN_SUBJECT = /\b(?:liver|livers|kidneys?|lungs|lymph(?:atic)? (?:system|nodes)|immune system|body|bodies)\b(?: \w+){0,3} ?$/
/** The stuff a pseudo-mechanism claims to draw out of the body. */
const DRAWN_OUT = '(?:venom|stings?|stingers|jaundice|bilirubin|(?:kidney |gall)?stones|toxins?|melanoma|cancer|tumou?rs?|heavy metals|metals|mercury|lead|alumin(?:i)?um|fluoride|radiation|lactic acid|poisons?|impurities|microplastics|chemicals|parasites|mucus|inflammation|fat|bacteria|virus(?:es)?|germs|infection|candida|plaque|acid|waste|sludge)'
const PULL_VERB = '(?:pull|draw|suck|leach|sweat|flush|drain|purge)(?:s|es|ing|ed|n)?'
const DENIALS: { regex: RegExp; score: number; negatable?: boolean; needsCondition?: boolean; needsRemedy?: boolean; needsConditionOrRemedy?: boolean; explainable?: boolean; notAfterOrgan?: boolean; what?: string }[] = [
  /**
   * Pseudo-mechanisms: toxins or a disease drawn out through the skin or feet, glands calcified, healing or
   * harmful frequencies. "Not because toxins are coming out" corrects the myth, so these are negatable.
   */
  {
    regex: new RegExp(`\\b${PULL_VERB}(?: out)? (?:the |all |your |those |any |of )?(?:[\\w-]+ ){0,2}?${DRAWN_OUT} (?:right )?(?:out|from|through)\\b|\\b${PULL_VERB} out (?:the |all |your |those |any )?(?:[\\w-]+ ){0,2}?${DRAWN_OUT}\\b|\\b(?:toxins?|poisons?|heavy metals|impurities) (?:\\w+ ){0,2}?(?:leav|leak|exit|com|seep|ooz)\\w* (?:out )?(?:through|via|of) (?:the |your )?(?:skin|feet|soles|pores|sweat)\\b|\\bcalcif\\w* (?:your |the |our |their )?(?:pineal|third eye|glands?|brain)\\b|\\b(?:healing|harmful|toxic|vibrational|cellular|electrical|\\d+ ?hz) (?:energy )?frequenc(?:y|ies)\\b|\\b(?:recharges?|resets?|raises?|tunes?|rebalances?|balances?|restores?) (?:\\w+ ){0,3}?(?:frequenc(?:y|ies)|vibrations?|energy fields?|chakras?|auras?)\\b`, 'g'),
    score: 0.7,
    negatable: true,
    notAfterOrgan: true,
    what: 'relies on a pseudo-scientific mechanism',
  },
  /** A disease "flushed out" or "drawn out" with a remedy; frequencies emitted that trigger a disease. */
  {
    regex: new RegExp(`\\b(?:flushed|drawn|pulled|sweated|leached|purged|cleansed|sucked) out\\b|\\b(?:emits?|emitting|gives? off|sends? out) (?:\\w+ ){0,2}?(?:frequenc(?:y|ies)|vibrations?)\\b`, 'g'),
    score: 0.7,
    negatable: true,
    needsConditionOrRemedy: true,
    what: 'relies on a pseudo-scientific mechanism',
  },
  /** Absolutes of safety: a remedy with "zero side effects" or "100% natural so safe". */
  {
    regex: /\b(?:zero|absolutely no|no(?: known)?|without(?: any)?) side[- ]?effects\b(?! so far| yet| for me| (?:since|in|for|after) (?:\d+|a|the|my|years|months|weeks))|\bnatural,? so (?:its |it is |theyre |they are )?(?:\w+ )?(?:safe|harmless)\b/g,
    score: 0.65,
    negatable: true,
    what: 'claims a remedy is free of risk',
  },
  {
    regex: /\b(?:100 ?%|completely|totally|perfectly|entirely|absolutely) (?:safe|harmless|risk[- ]free)\b|\bzero risk\b/g,
    score: 0.65,
    negatable: true,
    needsRemedy: true,
    what: 'claims a remedy is free of risk',
  },
  /** A condition called an invention or a made-up diagnosis. */
  {
    regex: /\b(?:an?|[\w-]+al|convenient|modern|marketing|pharma) (?:invention|construct)\b(?! (?:that|which) (?:saved|changed|helped|transformed))|\b(?:made[- ]up|fake|invented|fictional|bogus) (?:disorder|disease|condition|diagnosis|illness|syndrome)s?\b/g,
    score: 0.7,
    what: 'calls a condition an invention',
  },
  { regex: /\b(?:isnt|is not|arent|are not|not) (?:even )?(?:a )?real\b|\bwas never (?:a )?real\b/g, score: 0.75 },
  /** "Hep C isn't even a virus", "X is a spiritual condition, not a medical one", "just snoring with a fancy name". */
  {
    regex: /\b(?:isnt|is not|arent|are not|wasnt) even (?:a |an )?(?:virus|viral|disease|illness|condition|infection|bacteria|thing|disorder|contagious|infectious|catching)\b|\b(?:is|are) (?:a |an )?(?:spiritual|emotional|karmic|demonic|energetic|behaviou?ral|behaviou?r|discipline|parenting|attitude)(?: \w+)?,? (?:and )?not (?:a |an )?(?:medical|physical|biological)\b|\bwith a (?:fancy|posh|new|scary|clever|medical) (?:name|label)\b|\bgave it a (?:fancy|posh|scary|new|medical) name\b|\b(?:just|only) a (?:fancy )?(?:name|label) for\b|\b(?:is|are) (?:just |really |actually )?(?:a |an )?(?:spiritual|karmic|demonic) (?:awakening|gift|problem|issue|attack|test|calling|crisis)\b|\bno (?:virus|bacteria|germ)(?: has)?(?: ever| actually| really){0,2} (?:been )?(?:isolated|proven|seen|photographed)\b/g,
    score: 0.7,
    what: 'denies that a condition is a real disease',
  },
  /** "cholesterol never killed anyone", "nobody ever died from it": a disease or risk played down. */
  { regex: /\bnever (?:killed|hurt|harmed) (?:anyone|anybody|a (?:single )?(?:soul|person))\b|\b(?:cant|cannot|wont|doesnt|does not) (?:really )?(?:hurt|harm|kill) (?:anyone|anybody)\b|\b(?:nobody|no one) (?:has )?(?:ever )?died (?:from|of)\b/g, score: 0.7, needsCondition: true, what: 'plays down a disease as harmless' },
  /** A symptom recast as the body cleansing itself ("seizures are the brain detoxing"). */
  { regex: /\b(?:is|are) (?:just |only |simply |actually )?(?:the |your )?(?:body|brain|skin|liver|gut|immune system)(?:s)? (?:detox\w*|purg\w*|cleans\w*|releasing toxins|(?:flushing|pushing|getting rid of|clearing)(?: out)? (?:the )?(?:toxins|poisons|chemicals))\b|\bpurge (?:itself|themselves)\b/g, score: 0.7, what: 'relies on a pseudo-scientific mechanism' },
  /** "that's why so many kids are going blind now": a sensational trend pinned on the cause just claimed. */
  { regex: /\b(?:thats|that is|this is) (?:why|how come) (?:so many|all these|more and more|half (?:of )?(?:all )?|most) (?:\w+ ){0,3}?(?:are|have|get|got|keep|now)\b/g, score: 0.65, what: 'pins a health trend on an unproven cause' },
  {
    regex: /\b(?:is|are|was|its|thats|were) (?:just |basically |all |simply |only |completely |totally )?(?:a )?(?:made up|invented|fabricated|fake|hoax|lie|lies|scam|just a theory|theory|pseudoscience|propaganda|myth(?! that))\b/g,
    score: 0.7,
  },
  { explainable: true, regex: /\bhas (?:nothing|zero|no effect|no link) (?:to do with|on)\b|(?<!\w )\bnothing (?:at all )?to do with\b|\bhas (?:zero|no) effect on\b|\bdo(?:es)?nt (?:do|work for) anything\b|\b(?:does|do) (?:absolutely )?nothing\b(?! (?:for|against|on) (?:a |the )?(?:virus\w*|viral|colds?|flu)\b)|\bnothing you do matters\b/g, score: 0.7 },
  { regex: /\b(?:nobody|no one) has ever (?:\w+ )?(?:seen|proven|shown|isolated)\b|\bnever (?:once )?been (?:proven|shown|seen|isolated)\b|\bno such thing as\b|\bdo(?:es)?nt (?:even )?exist\b/g, score: 0.7 },
  { regex: /\b(?:is|are) (?:just|only|simply|basically|really) (?:normal )?(?:aging|ageing|a fungus|parasites|laziness|weakness|in your head|attention seeking|an excuse|stress)\b/g, score: 0.7 },
  { regex: /\b(?:the )?(?:only|real|true) cause\b|\b100 ?% genetic\b|\beverything else is (?:lies|a lie)\b|\b(?:is|are) lying\b|\b(?:is|are) dead tissue\b|\bnot living tissue\b|\bcant absorb anything\b/g, score: 0.7 },
  { regex: /\b(?:is|are|its|theyre|thats) (?:pure |just |literally |basically )?poison\b/g, score: 0.65, negatable: true },
  { regex: /\b(?:kill(?:s|ed)?|harm(?:s|ed)?|injur(?:es|ed)?|poison(?:s|ed)?) more (?:people|patients|women|men|kids|children) than\b|\bpoisoning (?:people|patients|us|you|kids|children)\b/g, score: 0.7, negatable: true },
  { regex: /\b(?:just|only) mask(?:s|es|ing)? (?:the )?symptoms\b/g, score: 0.65 },
  {
    regex: /\b(?:is|are|was|were) what (?:actually |really |truly )?(?:made|makes|make|caused|causes|gave|gives) (?:people|us|everyone|them|you|kids|children|folks|so many) (?:\w+ )?(?:sick|ill|die)\b/g,
    score: 0.65,
    what: 'names the hidden real cause of illness',
  },
  /**
   * "allergies didnt exist before vaccines": a disease dated to a product or treatment, which blames it
   * without saying "causes". Only with a disease in the sentence, and not before a year ("covid didnt
   * exist before 2019" is true).
   */
  {
    regex: /\b(?:didnt|did not|never) (?:even |really )?(?:exist|happen|occur|used to (?:exist|happen))(?: [\w-]+){0,4}? (?:before|until|till|prior to)\b(?! (?:the )?(?:\d(?!0s\b)|nineteen|twenty))|\b(?:never|didnt|did not) (?:used? to )?(?:get|have|see)(?: [\w-]+){1,3}? (?:before|until|till)\b(?! (?:the )?(?:\d|nineteen|twenty))|\b(?:wasnt|was not|werent|were not|nobody had|no one had|no kids had) (?:even )?(?:a thing|around|heard of|common)?(?: [\w-]+){0,4}? (?:before|until|till)\b(?! (?:the )?(?:\d|nineteen|twenty))/g,
    score: 0.7,
    needsCondition: true,
    what: 'dates a disease to a product or treatment',
  },
  /**
   * An established cause denied ("smoking doesnt cause lung cancer", "germs dont make you ill") or a healthy
   * body declared immune to infection. "HPV vaccines dont cause infertility" denies a myth about a vaccine,
   * so the agent must not be a treatment's qualifier.
   */
  {
    regex: new RegExp(`\\b${ESTABLISHED_CAUSES}(?: (?!vaccines?\\b|jabs?\\b|shots?\\b|tests?\\b|screening\\b|treatment\\b|drugs?\\b)[\\w-]+){0,2}? (?:doesnt|does not|dont|do not|never|cant|cannot|wont) (?:really |actually |even |ever )?(?:causes?|give (?:you|u|people|anyone)|lead to|make (?:you|u|us|people|anyone) (?:ill|sick))\\b|\\bhealthy (?:body|immune system|person) (?:simply |just |really )?(?:cant|cannot|wont|will not|never) (?:catch|get) (?:anything|sick|ill|infected|cancer|\\w+ infections?)\\b`, 'g'),
    score: 0.7,
    what: 'denies an established cause of disease',
  },
  { regex: /\b(?:is|are|its|theyre)(?: all| just| only)? in (?:womens|peoples|kids|patients|mens|childrens|sufferers) heads?\b|\b(?:is|are|its|theyre) all in (?:your|ur|their|the|his|her) heads?\b/g, score: 0.7, needsCondition: true, what: 'denies a condition is real illness' },
  { regex: /\b(?:isnt|is not|arent|are not) (?:\w+ )?genetic at all\b/g, score: 0.65, needsCondition: true },
  /**
   * "sickle cell isnt genetic": an inherited disease said not to be. Not "isn't contagious", which is as often true
   * ("psoriasis isn't contagious") as false, and nothing here knows which diseases are infectious.
   */
  { regex: /(?<!\b(?:most|many|some|often|usually|mostly) (?:[\w-]+ ){0,3})\b(?:isnt|is not|arent|are not|was never|were never|never was) (?:even |actually |really )?(?:genetic|hereditary|inherited)\b(?! (?:in|for) (?:most|many|all)\b)/g, score: 0.7, needsCondition: true, what: 'denies that an inherited disease is inherited' },
  /** "dark skin cant get skin cancer", "black people dont get MS": a group declared immune to a disease. */
  { regex: /\b(?:people|skin|men|women|boys|girls|kids|children|babies|teens|athletes|vegans|vegetarians|asians|africans|europeans|whites|blacks)(?: \w+)? (?:cant|cannot|can not|dont|do not|never|wont|doesnt|does not) (?:ever )?(?:get|catch|develop|have|suffer from)\b(?! (?:it|them) (?:as|from|twice|again)\b)/g, score: 0.65, needsCondition: true, what: 'declares a group immune to a disease' },
  /** "there's no such illness", "anorexia is not a mental illness, it's a diet choice". */
  { regex: /\b(?:theres|there is|there are) no such (?:illness|disease|condition|disorder|syndrome|diagnosis)\b|\b(?:isnt|is not|arent|are not) (?:a |an )?(?:real |mental |medical |genuine |actual )?(?:illness|disease|disorder|condition)s?,? (?:its|it is|theyre|just|but) (?:just |a |an |all )*(?:[\w-]+ )?(?:choice|phase|fad|trend|excuse|attention|weakness|laziness|lifestyle|habit|vanity|diet)\b/g, score: 0.7, needsCondition: true, what: 'denies that a condition is a real disease' },
  // "seizures in pregnancy dont hurt the baby at all": a risk to the unborn child denied.
  { regex: /\b(?:dont|doesnt|do not|does not|cant|cannot|wont|never) (?:hurt|harm|affect|damage) (?:the |your |a )?(?:baby|babies|unborn \w+|fetus|foetus)(?: at all| in any way)?\b/g, score: 0.7, needsCondition: true, what: 'plays down a disease as harmless' },
  // "premature babies dont feel pain": an old myth that kept pain relief from infants.
  { regex: /\b(?:babies|newborns|infants|preemies|premature babies|prems) (?:dont|do not|cant|cannot|never) (?:really |actually )?(?:feel|experience|remember) pain\b/g, score: 0.7, what: 'denies established evidence' },
  // "theres no virus involved": the infection behind a disease denied.
  { regex: /\b(?:theres|there is|there are|there was) (?:no|zero) (?:virus|bacteria|infection|germs?|pathogens?)(?: \w+)? (?:involved|at all|behind (?:it|them))\b/g, score: 0.7, needsCondition: true, what: 'denies an established cause of disease' },
  // "PKD isnt genetic, its caused by protein powder": the established nature of a disease denied and another cause put in its place.
  {
    regex: /\b(?:isnt|is not|arent|are not) (?:really |even |actually )?(?:genetic|hereditary|inherited|viral|bacterial|autoimmune)(?: at all)?,? (?:its|it is|theyre|they are)(?: all| really| actually| just)? (?:caused by|from|due to|down to)\b/g,
    score: 0.7,
    needsCondition: true,
    what: 'denies an established cause of disease',
  },
  // "antibiotics clear up viral chest infections": antibiotics credited against viruses, which they do not touch.
  { regex: /\bantibiotics?(?: (?!dont\b|doesnt\b|do\b|does\b|wont\b|cant\b|never\b|not\b|arent\b|isnt\b)\w+){0,3}? (?:clear(?:s|ed)?|cure[sd]?|fix(?:es|ed)?|treat(?:s|ed)?|kill(?:s|ed)?|help(?:s|ed)? with|work(?:s|ed)? (?:on|for|against))(?: up)?(?: \w+){0,2}? (?:viral|virus(?:es)?|colds?|flu|covid)\b/g, score: 0.7, negatable: true, what: 'credits a treatment with an effect it does not have' },
  { regex: /\breleases? (?:[\w-]+ ){1,3}(?:through|into) (?:the |your )?(?:skin|bloodstream)\b/g, score: 0.65, negatable: true, needsConditionOrRemedy: true, what: 'presents a pseudo-scientific mechanism as fact' },
  // "IBS is parasites in basically everyone", "eczema is a liver problem": a condition put down to a pseudo-agent.
  { regex: /\b(?:is|are) (?:(?:just|only|simply|basically|really|actually|always) )?(?:alumin(?:i)?um poisoning|(?:heavy )?metal (?:poisoning|toxicity)|mercury poisoning|fluoride poisoning|parasites|candida|a fungus|worms|heavy metals|toxins|a liver problem|a gut problem|a (?:magnesium|vitamin \w+|iodine|progesterone) deficiency)\b/g, score: 0.65, needsCondition: true, what: 'puts a disease down to a cause the evidence does not support' },
  { regex: /\b(?:is|are) (?:fully |completely |totally |100 ?% |always )reversible\b|\breversible with (?:diet|fasting|food|supplements)\b/g, score: 0.65, needsCondition: true, what: 'presents an unproven cure as fact' },
  { regex: new RegExp(`\\b(?:isnt|is not|arent|are not|wasnt) (?:caused by|from|due to) ${ESTABLISHED_CAUSES}\\b`, 'g'), score: 0.7, needsCondition: true, what: 'denies an established cause of disease' },
  { regex: /\b(?:hundreds|thousands|millions) of (?:\w+ )?(?:kids|children|people|babies|women|men|patients) (?:are |r |have (?:been )?)?(?:dying|dead|overdosing|harmed|injured|damaged|killed)\b/g, score: 0.6, what: 'states a figure as fact' },
  { regex: /\b(?:isnt|is not|arent|are not|was never) (?:an? )?autoimmune\b|\b(?:is|are) (?:all |just |purely |entirely |completely )?(?:psychosomatic|imaginary|imagined|mass hysteria|hysteria)\b/g, score: 0.7, needsCondition: true, what: 'denies a condition is real illness' },
  {
    regex: /\b(?:clears?|goes away|resolves?|settles?|heals?|stretch(?:es)?|corrects?|fix(?:es)?|sorts? (?:itself|themselves) out)(?: up)? (?:on (?:its|their) own|by itself|by themselves)(?: \w+){0,2}? (?:in (?:everybody|everyone|every case|all cases)|always|every time)\b|\balways (?:clears?|settles?|goes away|resolves?)(?: up)? (?:on (?:its|their) own|by itself|if you leave it)\b/g,
    score: 0.7,
    what: 'plays down a disease as harmless',
  },
  { regex: /\b(?:is|are|was|its|just) (?:a |an )?(?:massively |totally |hugely |completely |way |so |wildly )?(?:scare stor(?:y|ies)|scaremongering|overblown|overhyped|over-?diagnosed|overstated|exaggerated)(?: nonsense| rubbish| bs| crap| bollocks)?\b/g, score: 0.65, needsCondition: true, what: 'plays down a disease as harmless' },
  // "the side effect stuff is pure scaremongering": a warning named as a thing and called exaggerated denies the risk it warns of.
  { regex: /\bthe (?:[\w-]+ ){1,3}?(?:stuff|thing|scare|warnings?|risks?|side effects?) (?:is|are|was) (?:just |all |pure |total |complete |a load of |massively |totally )*(?:scaremongering|fearmongering|overblown|overhyped|exaggerated)(?: nonsense| rubbish| bs| crap| bollocks)?\b/g, score: 0.7, what: 'denies an established risk' },
  // "male infertility isnt really a thing", "rabies is basically extinct, nobody dies from it anymore".
  { regex: /\b(?:isnt|is not|arent|are not|aint) (?:really |even |actually )?(?:a )?(?:real )?thing\b(?! (?:for|in|with|among|at)\b)/g, score: 0.65, needsCondition: true, what: 'denies a condition is real illness' },
  { regex: /\b(?:(?:no ?one|nobody|no-one) (?:actually |really |even )?(?:dies|gets? (?:it|them|ill|sick)) (?:from|of|with)? ?(?:it|that|this|them)? ?(?:any ?more|these days|nowadays)|(?:is|are) (?:basically |practically |virtually |pretty much |all but )?(?:extinct|eradicated|wiped out|gone)(?! (?:in|from) (?:the |this |most |many |some )?(?:uk|us|country|countries|europe|britain|america|areas?|regions?|parts)\b))\b/g, score: 0.65, needsCondition: true, what: 'plays down a disease as harmless' },
  // "running on a stress fracture is fine": carrying on through an injury declared safe.
  { regex: /\b(?:running|walking|training|exercising|working|playing|lifting|dancing) (?:on|with|through) (?:a |an |your |the )?(?:[\w-]+ ){0,2}?(?:fractures?|sprains?|tears?|strains?|hamstrings?|ligaments?|tendons?|injur(?:y|ies)|shin splints|concussion|broken \w+) (?:is|are) (?:totally |perfectly |completely |absolutely )?(?:fine|ok|okay|safe|good for (?:it|you))\b/g, score: 0.65, what: 'plays down an injury that needs rest' },
  { regex: /\b(?:is|are|its) (?:just |only |all |basically )?(?:an? )?(?:attention(?:[- ]seeking)?(?: phase)?|cry for attention|phase)\b|\b(?:doing it|do it|does it|just|being \w+|playing up|acting up|acting out) for attention\b|\b(?:just )?badly (?:raised|brought up|behaved)\b/g, score: 0.65, needsCondition: true, what: 'denies a condition is real illness' },
  { regex: /\b(?:is|are) (?:nearly |almost |pretty much )?always (?:just )?(?:anxiety|indigestion|stress|nerves|wind|muscle strain|nothing|in (?:your|the) head)\b/g, score: 0.65, needsCondition: true, what: 'plays down a symptom that needs care' },
  { regex: /\b(?:is|are) (?:just |only |simply )?(?:your|the) bodys? (?:reacting to|detoxing|cleansing|purging|getting rid of|pushing out) (?:toxins|poisons|chemicals)\b/g, score: 0.7, needsCondition: true, what: 'denies established evidence' },
  // "it's banned across Europe": a treatment said to be banned elsewhere, the trope that lends a claim borrowed authority.
  { regex: /\b(?:is|its|are|was|were) (?:already |now )?banned (?:in|across|throughout|all over) (?:europe|the eu|most countries|\d+ countries|every other country|the rest of the world|other countries)\b/g, score: 0.65, what: 'claims a treatment is banned elsewhere' },
  { regex: /\b(?:germ theory|viruses|the virus|hiv|contagion)(?: \w+)? (?:was|were|has|have|is|are) never (?:been )?(?:proven|proved|shown|isolated|demonstrated)\b/g, score: 0.7, what: 'denies established evidence' },
  /**
   * "type 2 diabetes isnt a disease, its a label": a condition denied as disease. Not when it is reframed
   * truly ("autism isnt a disease, its a difference", "menopause isnt a disease but a natural stage of life").
   */
  {
    regex: /\b(?:isnt|is not|arent|are not|was never|were never) (?:even |really |actually )?(?:a |an )?(?:real |actual |proper |physical |medical |separate |distinct |genuine )?(?:diseases?|illness(?:es)?|conditions?)\b(?![,;:]? (?:(?:its|it is|but|just|theyre|they are) )?(?:a |an |the )?(?:(?:natural|normal) (?:stage|part|process|phase)|difference|different|disability|neurotype|neurodevelopmental|condition|disorder|syndrome|risk factor|symptom|life stage|spectrum|variation|injury|infection))/g,
    score: 0.65,
    needsCondition: true,
    what: 'denies a condition is real illness',
  },
  { regex: /\b(?:is|are|its|was) (?:just |only |all |mostly |basically |largely |really )?(?:a )?(?:fad|trend|fashion)\b/g, score: 0.65, needsCondition: true, what: 'denies a condition is real illness' },
  /**
   * An established cause denied and another put in its place ("chilblains arent caused by the cold at all, its a
   * sluggish liver"), or the real cause named by a cleft ("its the school dinners that cause it").
   */
  {
    regex: /\b(?:isnt|is not|arent|are not|wasnt|werent) (?:really |actually |even )?(?:caused by|from|due to|down to) (?:[\w-]+ ){1,4}?(?:at all,? |,? )(?:its|it is|theyre|they are|thats)\b|\b(?:its|it is|it was) (?:actually |really |just |all )?(?:the |their |your )?(?:[\w-]+ ){1,3}?that (?:causes?|caused|gives?|triggers?) (?:it|them)\b/g,
    score: 0.7,
    needsCondition: true,
    what: 'denies an established cause of disease',
  },
  /** A disease said to strike only one group or to have one cause, or blamed on the parents. */
  {
    regex: /\bonly (?:ever )?(?:happens?|affects?|occurs?|strikes?) (?:to |in )?(?:people|kids|children|women|men|smokers|drinkers|drunks|old people|the elderly|those|babies|boys|girls)\b|\b(?:is|are) only (?:ever )?(?:a (?:problem|risk|danger|worry)|an issue|dangerous|serious) (?:for|in)\b|\b(?:is|are|its) (?:always|all|entirely|purely|100 ?%) (?:down to|because of|due to)\b|\b(?:the )?(?:parents|mums|moms|mothers)s? fault\b/g,
    score: 0.65,
    needsCondition: true,
    what: 'puts a disease down to a cause the evidence does not support',
  },
  /** "tongue tie doesnt affect breastfeeding at all": an established effect of a disease denied outright. */
  { regex: /\b(?:doesnt|does not|dont|do not) (?:really |actually )?(?:affect|impact|harm|change) (?:[\w-]+ ){1,3}?at all\b/g, score: 0.65, needsCondition: true, what: 'denies established evidence' },
  /** "Physios invented the term shin splints", "drug companies invented the idea that kids need meds". */
  { regex: /\b(?:invented|made up|dreamt up|dreamed up|cooked up|came up with) (?:the |this |that )?(?:whole )?(?:idea|term|notion|diagnosis|label|condition|disease|name|myth|scare)\b/g, score: 0.7, what: 'calls a condition an invention' },
  // "tinnitus is a spiritual attack", "shingles isn't a virus, it's your nerves": a disease recast as something else.
  { regex: /\b(?:is|are) (?:a |an )?(?:spiritual|demonic) (?:attacks?|problems?|issues?|warfare|oppression)\b|\b(?:isnt|is not) (?:a |an )?virus,? (?:its|it is|theyre|just)\b/g, score: 0.7, needsCondition: true, what: 'denies a condition is real illness' },
  // "prostate cancer only happens to men who ...": a disease confined to those with a supposed failing.
  { regex: /\bonly (?:happens|happen|affects|affect) (?:to )?(?:people|men|women|kids|children|those|girls|boys|adults) (?:who|that|with)\b/g, score: 0.65, needsCondition: true, what: 'puts a disease down to a cause the evidence does not support' },
  // "fertility is falling because of the covid jab": a trend pinned on a vaccine or a modern bogeyman.
  { regex: /\b(?:is|are|has been|have been) (?:falling|rising|going up|exploding|soaring|skyrocketing|dropping|plummeting|crashing)(?: \w+){0,2}? (?:because of|due to|thanks to) (?:the |all the )?(?:covid |flu |mmr |hpv )?(?:vaccines?|jabs?|shots?|vaccinations?|5g|fluoride|chemtrails)\b/g, score: 0.7, what: 'pins a health trend on an unproven cause' },
  // "leaves most men with permanent erectile dysfunction": a lasting harm said to befall most who take a treatment.
  { regex: /\bleaves? (?:most|all|every|many|nearly all) (?:\w+ )?(?:people|men|women|patients|users|kids|children|girls|boys) with (?:permanent|lifelong|irreversible)\b/g, score: 0.7, what: 'dismisses an established treatment as useless or harmful' },
  { regex: /\bvaccine shedding\b|\bshedding from (?:the )?(?:vaccine|jab|mmr|shot)\b|\bnatural spf\b|\b(?:is|as) (?:a )?natural sunscreen\b/g, score: 0.7, negatable: true, what: 'relies on a pseudo-scientific mechanism' },
  // "the reason so many young people have cataracts is the blue light from phones": a trend pinned on a modern bogeyman.
  { regex: /\bthe (?:real |main |only )?reason (?:so many|why so many|more and more|all these) (?:[\w-]+ ){1,6}?(?:is|are) (?:the |all the |all )?(?:blue light|phones|screens|5g|wi-?fi|fluoride|vaccines?|jabs?|chemtrails|seed oils|microplastics)\b/g, score: 0.7, what: 'pins a health trend on an unproven cause' },
  // "heatstroke can't happen in the UK": a real risk denied for a place or season.
  { regex: /\b(?:cant|cannot|doesnt|does not|never|wont) (?:really )?(?:happen|occur|exist|get you) (?:in|here in) (?:the uk|britain|england|scotland|wales|ireland|this country|cold countries|winter)\b/g, score: 0.65, needsCondition: true, what: 'plays down a disease as harmless' },
  // "glandular fever turns into MS in most people": a rare sequel stated as the usual course.
  { regex: /\b(?:turns?|develops?|progress(?:es)?) into (?:[\w-]+ ){1,3}?(?:in|for) (?:most|all|nearly all|almost all|everyone|every)\b/g, score: 0.65, needsCondition: true, what: 'states an unproven health fact' },
  { regex: /\b(?:so-?called|supposed) (?:\w+ )?(?:risks?|dangers?|side effects?) (?:is|are|was) (?:a |an |just |all )?(?:scare stor(?:y|ies)|myth|lie|hoax|scaremongering)\b/g, score: 0.7, what: 'denies established evidence' },
  { regex: /\b(?:anyone|anybody|everyone|people) (?:who says?|saying|who tells you) (?:otherwise|different(?:ly)?)(?: \w+){0,2} (?:is|are) (?:just )?(?:being )?(?:paranoid|scaremongering|lying|a (?:liar|scaremonger))\b/g, score: 0.65, what: 'denies established evidence' },
  // "eating disorders are a choice", "adult ADHD is laziness with a label": a condition reduced to a failing, with no "just" needed.
  { regex: /\b(?:is|are|r) (?:mostly |simply |pure |basically )?(?:laziness|a (?:lifestyle )?choice|attention[- ]seeking|vanity|bad parenting)\b/g, score: 0.65, needsCondition: true, what: 'denies a condition is real illness' },
  { regex: /\bnever (?:killed|hurt|harmed|disabled) (?:a |any )?(?:single )?(?:healthy )?(?:child|kid|baby|person|one|anyone|body)\b|\bnobody (?:ever )?died (?:of|from) it\b/g, score: 0.7, needsCondition: true, what: 'plays down a disease as harmless' },
  { regex: /\b(?:the )?(?:fever|inflammation|rash|cough|pain)(?: itself)? (?:is|its) (?:the |your bodys |the bodys )?(?:cure|medicine|healing)\b/g, score: 0.7, what: 'presents a symptom as the cure' },
]
/** Any denial at all: one scan rules out most sentences before the denials are tried in order. */
const ANY_DENIAL = new RegExp(hoistWordBoundary(DENIALS.map(({ regex }) => regex.source)), 'g')
const CAUSAL = new RegExp(
  hoistWordBoundary([
    `\\b(?:makes? ${CONDITION.source} worse|wears? (?:your |the )?${CONDITION.source} down)\\b|\\b(?:causes?|caused|creates?|created|feeds?|give[s]? (?:you|u|people|women|men|kids)|leads? to|triggers?|(?:is|are) whats? (?:really |actually )?causing|(?:is|are) (?:really |actually |whats )?behind|(?:is|are) what (?:(?:is|are) )?(?:really |actually )?caus(?:es?|ing)|makes? (?:\\w+ ){0,2}worse|wears? (?:\\w+ ){0,2}down|pulls? (?:\\w+ ){0,2}out of)\\b(?: \\w+){0,3}? ${CONDITION.source}`,
  ]),
  'g',
)
/** "X is caused by": starts with the condition list, so it is only tried on sentences that say "caused by". */
const CAUSED_BY_CONDITION = new RegExp(`${CONDITION.source}(?: \\w+){0,2} (?:(?:is|are|was) (?:\\w+ )?(?:caused|driven|triggered|spread) (?:by|from)|(?:is|are) (?:all |really |actually |just )?(?:from|down to)|(?:comes?|came) from)\\b`, 'g')
/** Causes that are no cause of the disease named, whatever the disease ("scabies is caused by poor hygiene", "osteoporosis is caused by milk"). */
const NON_CAUSE_AFTER = /^ (?:\w+ ){0,3}?(?:poor hygiene|bad hygiene|being dirty|dirt|not washing|milk|dairy|blue light|(?:mobile )?phones|screens|slouching|(?:bad |poor )?posture|crossing (?:your |their )?legs|cracking (?:your |their )?knuckles|wet hair|cold drinks|not wearing a (?:scarf|coat|hat|vest)|sitting on cold|(?:a )?sluggish livers?|(?:a )?lack of (?:prayer|faith))\b/
/** "is caused by parasites in the gut": a disease put down to a cause medicine does not recognise for it. */
const PSEUDO_CAUSE_AFTER = /^ (?:\w+ ){0,2}?(?:parasites?|worms|candida|plastics|microplastics|xenoestrogens|yeast(?: overgrowth)?|heavy metals|toxins|5g|wi-?fi|emfs?|chemtrails|negative (?:thoughts|energy)|karma|demons?|evil spirits|sin)\b/
/** Diseases that parasites, worms or yeasts really do cause. */
const PARASITIC_DISEASE = /\b(?:malaria|toxoplasmosis|giardia\w*|scabies|lice|threadworms?|tapeworms?|hookworms?|roundworms?|pinworms?|leishmaniasis|chagas|sleeping sickness|river blindness|schistosomiasis|bilharzia|thrush|candidiasis|ringworm|athletes foot|yeast infections?|trichomoniasis|cryptosporidi\w*|amoebic \w+|mosquito\w*|ticks?)\b/
const CAPS_WORD = /\b[A-Z]{3,}\b/g

/** The verbs every causal claim needs: the causal pattern itself embeds the condition list three times. */
const CAUSAL_HINT = /\b(?:behind|causes?|caused|causing|creates?|created|feeds?|gives?|leads? to|triggers?|makes?|wears?|pulls?)\b/
/**
 * Every detector needs its defining cue (a motive, secrecy or formula; a cure verb; a stop verb; a
 * figure; a denial), so a sentence matching none of them cannot hold such a claim. One scan for all of
 * them rules out most sentences; the detectors then run on the rest. The causal verbs are left out:
 * they are common words ("makes", "gives"), and a sentence with no other cue can only hold a causal
 * claim, so it is judged by that detector alone.
 */
const ANY_DEFINING_CUE = headScans([MOTIVE, SECRET, FORMULA, CURE_STRONG, CURE_RESULT, CURE_WEAK, STOP_VERB, STATISTIC, ANY_DENIAL].map((regex) => regex.source))
/**
 * Every position in the sentence where a defining cue may start, ascending. The scans above hold every defining
 * pattern (loosened), so none of them matches anywhere else: the detectors try their defining patterns at these
 * positions only (anchored, see cueMatches), instead of scanning the sentence again once per pattern.
 */
export const cueStarts = (text: string): number[] => matchStartsIn(ANY_DEFINING_CUE, text)
const STICKY_DEFINING_CUE = ANY_DEFINING_CUE.map((scan) => new RegExp(scan.source, 'y'))
/** Whether the scans assert nothing but \b (no lookaround, ^, $ or \B), which cueStartsBySentence relies on. */
const ONLY_WORD_BOUNDARIES = ANY_DEFINING_CUE.every((scan) => !/\(\?<?[=!]|(?<!\\)[$^]|\\B/.test(scan.source.replace(/\[(?:\\.|[^\]\\])*\]/g, '')))

/**
 * cueStarts of every sentence, from one run of the scans over the whole comment instead of one per sentence (a long
 * comment has dozens). A match that ends inside its sentence is one the sentence alone has too: the scans' only
 * assertion is \b, and a sentence ends at punctuation or a line break before a space, where \b reads the same either
 * way. A match that runs past its sentence's end is tried again within the sentence.
 */
export const cueStartsBySentence = (text: string, sentences: readonly Sentence[]): number[][] => {
  if (!ONLY_WORD_BOUNDARIES) return sentences.map((sentence) => cueStarts(sentence.text))
  const hits = matchSpansIn(ANY_DEFINING_CUE, text)
  let next = 0
  return sentences.map((sentence) => {
    const starts: number[] = []
    while (next < hits.length && hits[next].start < sentence.start) next++
    for (; next < hits.length && hits[next].start < sentence.end; next++) {
      const { start, end } = hits[next]
      if (end <= sentence.end || STICKY_DEFINING_CUE.some((scan) => ((scan.lastIndex = start - sentence.start), scan.test(sentence.text))))
        starts.push(start - sentence.start)
    }
    return starts
  })
}

/** Each defining pattern's anchored twin, made on first use. */
const ANCHORED = new Map<RegExp, RegExp>()
const anchored = (regex: RegExp): RegExp => {
  let twin = ANCHORED.get(regex)
  if (!twin) ANCHORED.set(regex, (twin = new RegExp(regex.source, `${regex.flags.replace('g', '')}y`)))
  return twin
}

/** Any cure cue at all: one scan spares the three cure scans in sentences whose defining cue belongs to another detector. */
const ANY_CURE = new RegExp(hoistWordBoundary([CURE_STRONG, CURE_RESULT, CURE_WEAK].map((regex) => regex.source)), 'g')

/** The clause around a cue, which reads better in a reason than the bare cue word. */
const CLAUSE_BREAK = /[,;:()]| - | but | so that /g
/** Trimmed from both ends of a clause. */
const CLAUSE_EDGE = /[\s.!?"'-]/
const MAX_QUOTE = 140
const clauseAround = (sentence: Sentence, cue: Match): Match => {
  let start = sentence.start
  let end = sentence.end
  for (const brk of findAll(CLAUSE_BREAK, sentence.text, sentence.start)) {
    if (brk.end <= cue.start) start = brk.end
    else if (brk.start >= cue.end) {
      end = brk.start
      break
    }
  }
  const at = (offset: number) => sentence.text[offset - sentence.start]
  while (start < end && CLAUSE_EDGE.test(at(start))) start++
  while (end > start && CLAUSE_EDGE.test(at(end - 1))) end--
  if (end - start > MAX_QUOTE) return cue
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) }
}

/**
 * One sentence as the detectors see it; supporting scans are memoised because several detectors ask.
 * A class rather than an object of closures: one view is built per sentence, and its methods are shared.
 */
class SentenceView {
  private treatmentList?: Match[]
  private conditionList?: Match[]
  private remedyFound?: { match: Match | undefined }
  private boostScore?: number
  /** `starts`: where the sentence's defining cues may start, within its text (see cueStarts). */
  constructor(
    readonly sentence: Sentence,
    readonly index: number,
    private readonly starts: readonly number[],
    private readonly original: string,
    private readonly norm: NormalisedText,
    /** The sentence before, for claims whose subject was named there. */
    readonly previous?: SentenceView,
    /** The comment promotes something: a product it credits with a cure is sold, not prescribed. */
    readonly selling = false,
  ) {}
  /** Whether the sentence has a defining cue at all. */
  get cued(): boolean {
    return this.starts.length > 0
  }
  /**
   * findAll(regex, sentence) for a defining pattern (one of ANY_DEFINING_CUE's): its matches all start at one of
   * the cue positions, so it is tried there only, anchored (normalised offsets).
   */
  cueMatches(regex: RegExp): Match[] {
    const offset = this.sentence.start
    return findAllAt(anchored(regex), this.sentence.text, this.starts).map((match) => ({ ...match, start: match.start + offset, end: match.end + offset }))
  }
  /** findFirst(regex, sentence) for a defining pattern, tried at the cue positions only. */
  firstCueMatch(regex: RegExp): Match | undefined {
    const match = findFirstAt(anchored(regex), this.sentence.text, this.starts)
    return match && { start: this.sentence.start + match.start, end: this.sentence.start + match.end, text: match.text }
  }

  /** Every treatment named in the sentence, in order (normalised offsets). */
  treatments(): Match[] {
    return (this.treatmentList ??= findAll(TREATMENT, this.sentence.text, this.sentence.start))
  }
  /** Every condition named in the sentence, in order (normalised offsets). */
  conditions(): Match[] {
    return (this.conditionList ??= findAll(CONDITION, this.sentence.text, this.sentence.start))
  }
  condition(): Match | undefined {
    return this.conditions()[0]
  }
  /** The first remedy named in the sentence (offsets within the sentence). */
  remedy(): Match | undefined {
    return (this.remedyFound ??= { match: findFirst(REMEDY, this.sentence.text) }).match
  }
  boost(): number {
    return (this.boostScore ??= boosters(this.sentence, quoteOriginal(this.original, this.norm, this.sentence.start, this.sentence.end)))
  }
}
interface CueHit { category: ClaimCategory; score: number; cue: Match; describe: (quote: string) => string }

const ACRONYM = /^(?:FDA|CDC|NIH|WHO|NHS|DEXA|HRT|IBD|CRP|MMS|BTC|USA|ADHD|HPV|MMR|HIV|COPD|LDL|HDL|IVF|DNA|RNA|PPI|JAK|TNF)$/

/** Absolutes and shouting raise a claim's score; `original` is the sentence's original wording. */
const ABSOLUTE_BOOST = 0.15
const boosters = (sentence: Sentence, original: string): number => {
  const absolute = findFirst(ABSOLUTE, sentence.text) ? ABSOLUTE_BOOST : 0
  const shouting = (original.match(CAPS_WORD) ?? []).filter((word) => !ACRONYM.test(word)).length
  return absolute + (shouting > 0 ? 0.1 : 0)
}

/** "that's literally what they're for": an intensifier, which lifts a claim's score but makes no cure sensational. */
const INTENSIFIER = /^(?:actually|literally)$/
const liftedBeyondIntensifiers = (view: SentenceView): boolean =>
  view.boost() > ABSOLUTE_BOOST || (view.boost() > 0 && findAll(ABSOLUTE, view.sentence.text).some((match) => !INTENSIFIER.test(match.text)))

/**
 * A plot or a cure supposed in order to refute it: "if a cure existed every company would sell it", "if essential
 * oils cured diabetes, nobody would need insulin". Read by the hidden-motive and miracle-cure detectors.
 */
export const COUNTERFACTUAL = /\bif (?:\w+ ){1,5}?(?:existed|worked|were (?:real|true)|was (?:real|true))\b.*\bwould\b|\bwould(?:nt| not)?\b.*\bif (?:it|they|that|this) (?:\w+ )?(?:worked|existed|were (?:real|true)|was (?:real|true))\b|\bif (?:[\w-]+ ){1,4}(?:cured|cures|healed|fixed)\b.*\b(?:would|wouldnt|nobody|no one)\b/

const hiddenMotive = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  const text = sentence.text
  const motive = view.firstCueMatch(MOTIVE)
  const profit = motive !== undefined && !CONTROL.test(motive.text)
  const secret = view.cueMatches(SECRET).find((match) => !isNegated(text, match.start - sentence.start) || /^(?:dont|never|wont|doesnt)/.test(match.text))
  const formula = view.firstCueMatch(FORMULA)
  // An agent alone is no accusation ("doctors said"), so agents are only looked for next to another part.
  if (!motive && !secret && !formula) return undefined
  // "if a cure existed every company would be racing to sell it" argues against the conspiracy.
  if (COUNTERFACTUAL.test(text)) return undefined
  // An agent inside the secrecy phrase is that phrase's own word; one inside the motive says whose motive it is ("to protect pharma profits").
  const agents = findAll(AGENT, text, sentence.start).filter((agent) => !(secret && agent.start >= secret.start && agent.end <= secret.end))
  const agent = agents[0]
  const parts = [agent, motive, secret].filter(Boolean).length
  // "insulin pricing is a racket" criticises a price, not a hidden motive.
  if (formula && MOTIVE_NOUN.test(formula.text) && PRICE_BEFORE.test(text.slice(Math.max(0, formula.start - sentence.start - 30), formula.start - sentence.start))) return undefined
  if (formula && !motive)
    return { category: 'hidden_motive', score: 0.8, cue: formula, describe: (quote) => `alleges a cover-up or hidden agenda ('${quote}') with no source` }
  if (parts < 2 && !formula) return undefined
  if (motive) {
    const score = parts === 3 || formula ? 0.9 : 0.75
    const kind = profit ? 'a hidden commercial motive' : 'a hidden agenda of control or harm'
    return { category: 'hidden_motive', score, cue: motive, describe: (quote) => `alleges ${kind} ('${quote}') with no source` }
  }
  return { category: 'hidden_motive', score: 0.7, cue: secret!, describe: (quote) => `alleges a cover-up or hidden agenda ('${quote}') with no source` }
}

const miracleCure = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  const text = sentence.text
  if (!view.firstCueMatch(ANY_CURE) || COUNTERFACTUAL.test(text)) return undefined
  const notNegated = (match: Match) => !isNegated(text, match.start - sentence.start)
  // A result claim ("cleared it completely") is only a miracle cure when a remedy, not medicine, gets the credit
  // (or a product the comment is selling: "gone in 14 days with SilentEar drops, use code RING50").
  // "ear infections often clear up on their own in a few days": a condition that resolves by itself, no cure claimed.
  const result = () =>
    SELF_LIMITING.test(text) ? undefined : view.cueMatches(CURE_RESULT).find((match) => notNegated(match) && (view.selling || view.remedy() || view.treatments().length === 0))
  const strong = view.cueMatches(CURE_STRONG).find((match) => notNegated(match) || CURE_MECHANISM_WORDS.test(match.text)) ?? result()
  // "to prevent" states a purpose and "can help" a hedge; neither asserts a cure.
  const asserted = (match: Match) => notNegated(match) && !PURPOSE_OR_HEDGE_BEFORE.test(text.slice(Math.max(0, match.start - sentence.start - 12), match.start - sentence.start))
  const weak = strong ? undefined : view.cueMatches(CURE_WEAK).find(asserted)
  if (!strong && !weak) return undefined
  const condition = view.condition()
  let score = 0
  // "Gout? Cherry juice and baking soda. Dissolves the crystals in days": the remedy or disease may be named just before.
  // In a comment that sells, the product is the remedy even unnamed ("Cured in a week, no more chemicals! Link in bio").
  if (strong) score = condition ? 0.8 : view.remedy() || view.selling || view.previous?.condition() || view.previous?.remedy() ? 0.6 : 0
  else if (weak && condition && view.remedy()) score = 0.55
  if (score === 0) return undefined
  const cue = (strong ?? weak)!
  const local = cue.start - sentence.start
  if (weak && RISK_OBJECT.test(text.slice(local + cue.text.length, local + cue.text.length + 40))) return undefined
  if (creditsTreatment(view, cue)) return undefined
  return {
    category: 'miracle_cure',
    score: score + view.boost(),
    cue,
    describe: (quote) => `presents an unproven cure as fact ('${quote}') with no source`,
  }
}

/**
 * Most cure claims name a remedy or an absolute, which rules the excuse out at once (both are needed for the
 * score anyway); only the rest are scanned for a treatment in the few words before the cue.
 */
const creditsTreatment = (view: SentenceView, cue: Match): boolean => {
  if (liftedBeyondIntensifiers(view) || view.remedy()) return false
  const { sentence } = view
  const text = sentence.text
  const cueStart = cue.start - sentence.start
  const end = cue.end - sentence.start
  // The subject is looked for in the few words before the cue only, not the whole sentence.
  const before = text.slice(Math.max(0, cueStart - 60), cueStart)
  const credited = subjectBefore(findAll(TREATMENT, before), SUBJECT_GAP_TREATMENT, before, 0, before.length) || CURED_WITH_TREATMENT.test(text.slice(end, end + 60))
  // "clears it out for good": an absolute result is a claim whoever gets the credit.
  return credited && !findFirst(CURE_RESULT, text)
}

/** The refused object, when a "while on ..." clause follows it: a treatment after that clause is its context. */
const OBJECT_BEFORE_CONTEXT = /^(\s*(?:\w+ ){1,2})(?:while|when|if) (?:on|taking|using)\b/

const stopTreatment = (view: SentenceView, fullText: string): CueHit | undefined => {
  const { sentence } = view
  const text = sentence.text
  const verbs = view.cueMatches(STOP_VERB)
  if (verbs.length === 0) return undefined
  // Refusing what care proposes outright is never the careful kind of advice, so only the other verbs are excused by it.
  const careful = CAREFUL_ADVICE.test(text)
  for (const verb of verbs) {
    const local = verb.start - sentence.start
    const lead = text.slice(0, local)
    // "Bipolar people don't need lithium": a group named by its condition leads the advice.
    const groupLead = GROUP_NEEDS.test(verb.text) && GROUP_WORD_LEAD.test(lead)
    // "if youre offered a kidney from a deceased donor turn it down": an imperative after what care proposes is advice too.
    if ((!ADVICE_LEAD.test(lead) && !ANSWER_LEAD.test(lead) && !groupLead && !PROPOSED_CARE.test(lead)) || NARRATED_DECISION.test(lead) || isNegated(text, local)) continue
    const after = text.slice(local + verb.text.length, local + verb.text.length + 60)
    const refusal: CueHit = { category: 'stop_treatment', score: 0.8, cue: verb, describe: (quote) => `tells readers to stop or refuse treatment ('${quote}')` }
    // Whether the comment named a treatment before the verb: asked by three of the readings below, scanned once.
    let namedBefore: boolean | undefined
    const treatmentNamedBefore = () => (namedBefore ??= findFirst(TREATMENT, fullText.slice(0, verb.start)) !== undefined)
    const objectless = OBJECTLESS_STOP.test(verb.text) && CLAUSE_END_AFTER.test(after)
    if (objectless && PROPOSED_CARE.test(lead)) return refusal
    if (careful) continue
    if (objectless && treatmentNamedBefore()) return refusal
    // "no dialysis needed" names its object inside the verb phrase, and only there.
    // "throw them out": a pronoun inside the verb phrase stands for the treatment named before it.
    const inside = findFirst(TREATMENT, verb.text) !== undefined || (PRONOUN_INSIDE.test(verb.text) && treatmentNamedBefore())
    // "avoid alcohol while on metronidazole": a treatment named as the context, not the object, is not refused.
    const object = NEEDED_AT_END.test(verb.text) ? inside : inside || TREATMENT_AFTER.test(OBJECT_BEFORE_CONTEXT.exec(after)?.[1] ?? after)
    if (object || (PRONOUN_OBJECT.test(after) && treatmentNamedBefore())) return refusal
  }
  return undefined
}

/**
 * "that's why care homes are full of dementia": a disease wave blamed on a treatment named before, without
 * saying "causes". Only a sweeping consequence counts, not "that's why doctors prescribe it".
 */
const BLAME_CONSEQUENCE = /\b(?:thats|that is|this is|which is) (?:exactly |precisely )?(?:why|how) (?:\w+ ){0,5}?(?:(?:are|is) (?:full of|riddled with|rife with|drowning in)|so many (?:\w+ ){0,2}(?:have|get|got|are|develop)|(?:rates?|cases) (?:of \w+ )?(?:are|have|has) (?:exploded|skyrocketed|soared|rising|gone up))\b/g
const FIRST_PERSON = /\b(?:i|im|ive|my|me|we|our)\b/
const blamedConsequence = (view: SentenceView, gates: readonly Gate[]): CueHit | undefined => {
  const { sentence } = view
  const text = sentence.text
  if (!gates.includes('blame')) return undefined
  const blame = findFirst(BLAME_CONSEQUENCE, text, sentence.start)
  if (!blame || FIRST_PERSON.test(text) || isNegated(text, blame.start - sentence.start)) return undefined
  if (!view.treatments().some((treatment) => treatment.end <= blame.start) || !view.conditions().some((condition) => condition.start >= blame.start)) return undefined
  return { category: 'fact_denial', score: 0.65 + view.boost(), cue: blame, describe: (quote) => `blames a wave of disease on a treatment ('${quote}') with no source` }
}

/**
 * Rarer claim structures (screen-1.5.0), kept out of the all-cue scan so they cost nothing on sentences
 * without their tell-tale substring: each is tried only when a plain `includes` finds its gate.
 */
const DRAWN_THROUGH_SKIN = new RegExp(`\\b${DRAWN_OUT} (?:\\w+ ){0,2}?(?:leav|leak|exit|com|seep|ooz|escap)\\w* (?:out )?(?:of )?(?:(?:your|the) body )?(?:through|via) (?:the |your )?(?:skin|feet|soles|pores|sweat)\\b`, 'g')
const LEAKED_INTO_BODY = new RegExp(`\\b(?:leak|leach|seep|ooz|dump)\\w* (?:\\w+ ){0,2}?${DRAWN_OUT} into (?:your |the |their |our )?(?:body|bodies|blood|bloodstream|system|brain|organs)\\b`, 'g')
/** A treatment said to trap a disease inside the body (the suppression myth). */
const TRAPPED_INSIDE =
  /\b(?:traps?|trapping|trapped|locks?|locking|locked|drives?|driving|drove|pushes|pushing|pushed|seals?|sealing|sealed|forces?|forcing|forced) (?:it|them|the (?:\w+ )?(?:toxins?|disease|illness|infection|virus|fever|rash|poisons?)) (?:back )?(?:inside|in(?:to)? (?:the|your) (?:body|blood|system)|deeper|underground)\b/g
const EMITTED_TRIGGER = /\b(?:emits?|emitting|gives? off|sends? out|radiates?) (?:\w+ ){0,2}?(?:frequenc(?:y|ies)|vibrations?) (?:that|which) (?:causes?|triggers?|gives?|damages?|disrupts?|scrambles?)\b/g
/** "Fever should never be treated": advice against treating a disease at all (not "with antibiotics"). */
const NEVER_TREATED = /\b(?:should|must) (?:never|not) be (?:treated|medicated|brought down|suppressed|vaccinated against)\b(?! (?:with|by|using|unless|if|at|until|before|without|in)\b)/g
/** A remedy credited with what a treatment does, or with regrowth or a disease-free life. */
const CURE_EQUIVALENT = wordsRegex([
  'grows? (?:it |them |all )?back', 'do(?:es)? (?:exactly |just )?the same (?:job|thing)', 'works? (?:just )?as well as', '(?:just )?as (?:good|effective) as',
  'keeps? (?:you|your \\w+|the \\w+|them)(?: \\w+)? (?:cancer|disease|illness|infection|virus|tumou?r)-?free',
])
/**
 * The words these structures cannot do without, read from the shared tokens with their neighbours (a set
 * lookup per word, far cheaper than a scan of the text): a sentence with none of them skips every rare
 * structure, and the gates found choose which structures are tried.
 */
type Gate = 'endorse' | 'never' | 'skin' | 'leak' | 'trap' | 'frequency' | 'spread' | 'cure' | 'blame'
const LEAK_WORDS = ['leak', 'leaks', 'leaking', 'leaked', 'leach', 'leaches', 'leaching', 'leached', 'seep', 'seeps', 'seeping', 'ooze', 'oozes', 'oozing', 'dump', 'dumps', 'dumping']
const GATE_WORDS = new Map<string, (before: string | undefined, before2: string | undefined, after: string | undefined) => Gate | undefined>([
  ['should', (b, _b2, a) => (b === 'so' || a === 'too' || a === 'as' ? 'endorse' : undefined)],
  ['same', (b, b2) => (b === 'the' && (b2 === 'do' || b2 === 'does' || b2 === 'exactly' || b2 === 'just') ? 'cure' : undefined)],
  ['takes', (b, b2) => (b === 'it' && b2 === 'all' ? 'endorse' : undefined)],
  ['took', (b, b2) => (b === 'it' && b2 === 'all' ? 'endorse' : undefined)],
  ...['treated', 'medicated', 'brought', 'suppressed', 'vaccinated'].map((word) => [word, (b: string | undefined) => (b === 'be' ? 'never' : undefined)] as const),
  ['through', () => 'skin'],
  ['via', () => 'skin'],
  ...LEAK_WORDS.map((word) => [word, () => 'leak'] as const),
  ['inside', () => 'trap'],
  ['deeper', () => 'trap'],
  ['underground', () => 'trap'],
  ...['body', 'blood', 'system'].map((word) => [word, (b: string | undefined, b2: string | undefined) => ((b === 'the' || b === 'your') && (b2 === 'in' || b2 === 'into') ? 'trap' : undefined)] as const),
  ...['frequency', 'frequencies', 'vibration', 'vibrations'].map((word) => [word, () => 'frequency'] as const),
  ...['spread', 'spreads', 'spreading'].map((word) => [word, () => 'spread'] as const),
  ['grow', () => 'cure'],
  ['grows', () => 'cure'],
  ...['well', 'good', 'effective'].map((word) => [word, (b: string | undefined, _b2: string | undefined, a: string | undefined) => (b === 'as' && a === 'as' ? 'cure' : undefined)] as const),
  ['free', (b) => (b !== undefined && FREE_OF.has(b) ? 'cure' : undefined)],
  ['why', (b) => (b === 'thats' || b === 'is' ? 'blame' : undefined)],
  ['how', (b) => (b === 'thats' || b === 'is' ? 'blame' : undefined)],
] as [string, (before: string | undefined, before2: string | undefined, after: string | undefined) => Gate | undefined][])
const FREE_OF = new Set(['cancer', 'disease', 'illness', 'infection', 'virus', 'tumour', 'tumor'])
/** Each gate of the comment with where it stands, in order. */
const gatesOf = (tokens: readonly Token[]): { start: number; gate: Gate }[] => {
  const found: { start: number; gate: Gate }[] = []
  for (let i = 0; i < tokens.length; i++) {
    const judge = GATE_WORDS.get(tokens[i].text)
    if (!judge) continue
    const gate = judge(tokens[i - 1]?.text, tokens[i - 2]?.text, tokens[i + 1]?.text)
    if (gate) found.push({ start: tokens[i].start, gate })
  }
  return found
}
const SPREAD = /\bspread(?:s|ing)?\b/g
const NO_GATES: readonly Gate[] = []
const PSEUDO = (quote: string) => `relies on a pseudo-scientific mechanism ('${quote}') with no source`

const rareClaims = (view: SentenceView, gates: readonly Gate[]): CueHit | undefined => {
  const { sentence } = view
  const text = sentence.text
  const notNegated = (match: Match | undefined) => match !== undefined && !isNegated(text, match.start - sentence.start)
  if (gates.includes('endorse')) {
    // "I binned mine and so should you", "stopping your pills is all it takes": narration or a gerund turned into advice.
    const endorsed = findFirst(ENDORSED_STOP, text, sentence.start)
    if (endorsed && !CAREFUL_ADVICE.test(text) && (findFirst(TREATMENT, endorsed.text) || ENDORSED_OBJECT.test(endorsed.text)))
      return { category: 'stop_treatment', score: 0.75, cue: endorsed, describe: (quote) => `tells readers to stop or refuse treatment ('${quote}')` }
  }
  if (gates.includes('never')) {
    const never = findFirst(NEVER_TREATED, text, sentence.start)
    if (never && view.condition()) return { category: 'fact_denial', score: 0.7, cue: never, describe: (quote) => `advises against treating a disease ('${quote}') with no source` }
  }
  if (gates.includes('skin')) {
    const drawn = findFirst(DRAWN_THROUGH_SKIN, text, sentence.start)
    if (notNegated(drawn) && !ORGAN_SUBJECT.test(text.slice(Math.max(0, drawn!.start - sentence.start - 45), drawn!.start - sentence.start)))
      return { category: 'fact_denial', score: 0.7, cue: drawn!, describe: PSEUDO }
  }
  if (gates.includes('leak')) {
    const leaked = findFirst(LEAKED_INTO_BODY, text, sentence.start)
    if (notNegated(leaked)) return { category: 'fact_denial', score: 0.7, cue: leaked!, describe: PSEUDO }
  }
  if (gates.includes('trap')) {
    const trapped = findFirst(TRAPPED_INSIDE, text, sentence.start)
    if (notNegated(trapped) && (view.condition() || view.remedy())) return { category: 'fact_denial', score: 0.7, cue: trapped!, describe: PSEUDO }
  }
  if (gates.includes('frequency')) {
    const emitted = findFirst(EMITTED_TRIGGER, text, sentence.start)
    if (notNegated(emitted)) return { category: 'fact_denial', score: 0.7, cue: emitted!, describe: PSEUDO }
  }
  if (gates.includes('spread')) {
    // "mammograms spread cancer": a treatment said to spread the disease it looks for or treats ("mosquitoes spread malaria" is true).
    const spread = findFirst(SPREAD, text, sentence.start)
    if (notNegated(spread) && subjectBefore(view.treatments(), SUBJECT_GAP_TREATMENT, text, sentence.start, spread!.start) && view.conditions().some((condition) => condition.start > spread!.end && condition.start < spread!.end + 30))
      return { category: 'fact_denial', score: 0.65 + view.boost(), cue: spread!, describe: (quote) => `asserts that a treatment causes disease ('${quote}') with no source` }
  }
  if (gates.includes('cure')) {
    const cure = findAll(CURE_EQUIVALENT, text, sentence.start).find(notNegated)
    if (!cure) return undefined
    const score = view.condition() ? 0.8 : view.remedy() ? 0.6 : 0
    if (score === 0 || creditsTreatment(view, cure)) return undefined
    return { category: 'miracle_cure', score: score + view.boost(), cue: cure, describe: (quote) => `presents an unproven cure as fact ('${quote}') with no source` }
  }
  return undefined
}

/** Evidence named next to a figure: trials, a dated study or review, "according to", "per a 2021 ...". */
const NAMED_EVIDENCE =
  /\bin (?:clinical |randomi[sz]ed |large |controlled |the )*(?:trials?|studies|meta-analys[ie]s)\b|\bin (?:a|the|one) (?:(?:19|20)\d\d |large |recent |big |major )?(?:[\w-]+ ){0,2}?(?:trial|study|review|meta-analysis|cohort)\b|\baccording to\b|\bper (?:a|the) (?:(?:19|20)\d\d )?\w+|\b(?:per|says|say|from) (?:the )?(?:\w+ ){0,3}?(?:uk|research|institute|association|society|foundation|agency|organi[sz]ation|ministry|department|office|cdc|who|nhs|nih|ons)\b|\b(?:19|20)\d\d (?:[\w-]+ )?(?:study|trial|review|report)\b|\b(?:uk|research|institute|association|society|foundation|agency|trust|nhs|cdc|who|nice)(?: \w+){0,2} (?:has been saying|have been saying|says|reports?|estimates?|found|has (?:the )?(?:current )?(?:\w+ )?advice)\b|\bcampaign in (?:19|20)\d\d\b/
/**
 * Public-health phrasing: an approximate share of a population that has, gets or lives with something
 * ("about 1 in 3 adults has high blood pressure", "roughly half of adults over 65 have some hearing loss").
 */
const APPROXIMATE_BEFORE = /\b(?:about|around|roughly|approximately|approx|nearly|almost|over|more than|just over|just under|an estimated|estimated|some|up to)\s$/
const PREVALENCE_AFTER = /^(?: of)?(?: (?:all |the )?[\w-]+){0,7}? (?:has|have|had|will (?:have|get|develop|experience|be)|get|gets|develop|develops|experience|experiences|live with|lives with|are|is|were|was) (?!(?:cured|caused|healed|reversed|killed|secretly)\b)|^(?: of)?(?: [\w-]+){0,4}? (?:are|is) (?:linked to|attributable to|due to|associated with)\b/
/** "100% worth it", "wear one 100% of the time": 100% as an intensifier, not a figure. */
const INTENSIFIER_100 = /^100 ?%$/
const INTENSIFIER_AFTER = /^ (?:of the time|sure|agree|legit|genuine|real|honest|serious|guaranteed|behind|worth|recommend|wear|would|will|do|get|go|true|yes|(?:[\w-]+ )?free)\b/
/** "about a third of adults snore": an approximate share of a population, whatever it then does. */
const POPULATION_SHARE = /\bof (?:all )?(?:[\w-]+ )?(?:people|adults|children|kids|women|men|babies|infants|teens|teenagers|patients|smokers|pregnancies|over-\d+s)$/
/** "the implant makes about half of women gain weight": the share is what something is blamed for, not a prevalence. */
const BLAMED_FOR_SHARE = /\b(?:makes?|made|causes?|caused|gives?|gave|leaves?|left|turns?|turned|forces?|forced)\s(?:[\w-]+\s){0,2}$/
/** "about 48,000 people a year": an approximate yearly count, as public-health figures are given. */
const PER_PERIOD_COUNT = /(?:people|deaths|kids|children|patients|women|men|babies|adults) (?:a|per|every) (?:year|day|week|month)$/
/** "coeliac disease affects about 1 in 100 people": a prevalence told by the verb before the figure. */
const AFFECTS_BEFORE = /\b(?:affects?|affecting|is found in|occurs? in|strikes?|is diagnosed in) (?:about|around|roughly|approximately|nearly|almost|over|more than|up to|an estimated) $/
const isPrevalence = (text: string, figure: Match, offset: number): boolean => {
  const local = figure.start - offset
  if (AFFECTS_BEFORE.test(text.slice(Math.max(0, local - 40), local))) return true
  if (BLAMED_FOR_SHARE.test(text.slice(Math.max(0, local - 32), local))) return false
  const approximate = APPROXIMATE_BEFORE.test(text.slice(Math.max(0, local - 16), local)) || /^(?:over|more than|nearly|almost)\b/.test(figure.text)
  return approximate && (POPULATION_SHARE.test(figure.text) || PER_PERIOD_COUNT.test(figure.text) || PREVALENCE_AFTER.test(text.slice(local + figure.text.length, local + figure.text.length + 80)))
}
const inventedStatistic = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  const figure = view.firstCueMatch(STATISTIC)
  if (!figure) return undefined
  const after = sentence.text.slice(figure.end - sentence.start, figure.end - sentence.start + 24)
  if (INTENSIFIER_100.test(figure.text) && INTENSIFIER_AFTER.test(after)) return undefined
  // Only a plain prevalence: a treatment or remedy in the sentence may be what the figure is blamed on.
  if (isPrevalence(sentence.text, figure, sentence.start) && view.boost() === 0 && view.treatments().length === 0 && !view.remedy()) return undefined
  const authority = findFirst(UNSOURCED_AUTHORITY, sentence.text) ? 0.1 : 0
  // "cure rates above 95% in trials", "in a 2019 study", "according to ...": the figure names its evidence.
  const evidenced = NAMED_EVIDENCE.test(sentence.text) ? 0.5 : 1
  return {
    category: 'invented_statistic',
    score: (0.6 + authority + view.boost()) * evidenced,
    cue: figure,
    describe: (quote) => `states a figure as fact ('${quote}') with no source`,
  }
}

/** A condition named outside the denial itself: in "grief isnt a disease" the only condition word is the denied "disease". */
const conditionOutside = (view: SentenceView, denial: Match): boolean => view.conditions().some((condition) => condition.end <= denial.start || condition.start >= denial.end)

const factDenial = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  if (view.firstCueMatch(ANY_DENIAL))
    for (const { regex, score, negatable, needsCondition, needsConditionOrRemedy, needsRemedy, explainable, notAfterOrgan, what = 'denies established evidence' } of DENIALS) {
      const denial = view.firstCueMatch(regex)
      if (!denial || (negatable && isNegated(sentence.text, denial.start - sentence.start)) || (needsCondition && !conditionOutside(view, denial))) continue
      const before = sentence.text.slice(0, denial.start - sentence.start)
      // "it doesn't mean every drug is a scam", "if you're already pregnant it does nothing": denied or scoped, not asserted.
      if (NON_SEQUITUR_BEFORE.test(before) || SCOPED_BY_IF.test(before) || BELIEF_DESCRIBED_BEFORE.test(before)) continue
      if (needsConditionOrRemedy && !view.condition() && !view.remedy()) continue
      if ((needsRemedy && !view.remedy()) || (notAfterOrgan && ORGAN_SUBJECT.test(before.slice(-45)))) continue
      // "exists because mothers can pass the virus, it has nothing to do with SIDS": the denial closes an explanation.
      const explained = explainable && EXPLANATION_BEFORE.test(before) ? 0.6 : 1
      return { category: 'fact_denial', score: (score + view.boost() / 2) * explained, cue: denial, describe: (quote) => `${what} ('${quote}') with no source` }
    }
  return causalClaim(view)
}

/** "the main cause of COPD", "a leading cause of blindness": how established causes are taught, not a claim. */
/** Causes medicine has established: affirming one ("HIV does cause AIDS") is no claim, denying one is (see DENIALS). */
const ESTABLISHED_AGENT_BEFORE = new RegExp(`\\b${ESTABLISHED_CAUSES}(?: does| really| definitely)? $`)
const ESTABLISHED_CAUSE_BEFORE = /\b(?:main|leading|major|biggest|commonest|common|known|primary|number one|top|a) $/

/** A sensational causal claim (reported as fact denial). */
const causalClaim = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  // The causal pattern is the costliest scan and needs a causal verb and a condition in the sentence anyway.
  // "hay fever is from the chemtrails" names its cause without a causal verb, so "by" and "from" open the detector too.
  const hinted = CAUSAL_HINT.test(sentence.text)
  const namesBy = / by |from/.test(sentence.text)
  if ((!hinted && !namesBy) || !view.condition()) return undefined
  // "can cause" states a known risk; only the flat assertion is a claim.
  const causes = hinted ? findAll(CAUSAL, sentence.text, sentence.start) : []
  if (namesBy) causes.push(...findAll(CAUSED_BY_CONDITION, sentence.text, sentence.start))
  const causal = causes.sort((a, b) => a.start - b.start).find((match) => {
    const before = sentence.text.slice(Math.max(0, match.start - sentence.start - 25), match.start - sentence.start)
    const wholeBefore = sentence.text.slice(0, match.start - sentence.start)
    return !isNegated(sentence.text, match.start - sentence.start) && !MODAL_BEFORE.test(before) && !ESTABLISHED_CAUSE_BEFORE.test(before) && !ESTABLISHED_AGENT_BEFORE.test(before) && !BELIEF_DESCRIBED_BEFORE.test(wholeBefore)
  })
  if (!causal) return undefined
  // A flat causal statement is usually a true one ("smoking causes lung cancer", "kidney stones are
  // caused by dehydration"): alone it stays just under the threshold; an absolute ("only", "100%"),
  // sensational framing or a treatment as the cause lifts it.
  const namesCause = /(?:by|from)$/.test(causal.text)
  const cause = sentence.text.slice(causal.end - sentence.start)
  if (namesCause && ((PSEUDO_CAUSE_AFTER.test(cause) && !PARASITIC_DISEASE.test(sentence.text)) || NON_CAUSE_AFTER.test(cause)))
    return { category: 'fact_denial', score: 0.65 + view.boost(), cue: causal, describe: (quote) => `puts a disease down to a cause the evidence does not support ('${quote}') with no source` }
  // With a treatment as its subject the causal claim inverts care into harm ("sunscreen causes skin cancer").
  if (CAUTIONARY_CARE.test(sentence.text)) return undefined
  if (!namesCause && subjectBefore(view.treatments(), SUBJECT_GAP_TREATMENT, sentence.text, sentence.start, causal.start))
    return { category: 'fact_denial', score: 0.65 + view.boost(), cue: causal, describe: (quote) => `asserts that a treatment causes disease ('${quote}') with no source` }
  return {
    category: 'fact_denial',
    score: 0.45 + view.boost(),
    cue: causal,
    describe: (quote) => `asserts a health cause or harm against the evidence ('${quote}') with no source`,
  }
}

/** "the hospital was useless" complains of a service, not of a treatment: a place of care is no dismissed treatment. */
const CARE_SETTING = /^(?:the hospital|hospitals|a&e|the er|emergency (?:care|services|department)|ambulances?|(?:the |a )?chemists?|(?:the |a )?pharmac(?:y|ies))$/
/** The place itself is the subject ("the chemist was useless"), not what it sells ("chemist stuff is a waste of money"). */
const careSettingBefore = (view: SentenceView, predicate: Match): boolean => {
  const treatments = view.treatments()
  let subject: Match | undefined
  for (const treatment of treatments) if (treatment.end <= predicate.start) subject = treatment
  return !!subject && CARE_SETTING.test(subject.text) && view.sentence.text.slice(subject.end - view.sentence.start, predicate.start - view.sentence.start).trim() === ''
}

/** The last match of `subjects` that ends before `at` with only a short gap (no comma) in between. */
const subjectBefore = (subjects: readonly Match[], gap: RegExp, text: string, offset: number, at: number): boolean => {
  for (let i = subjects.length - 1; i >= 0; i--) {
    const subject = subjects[i]
    if (subject.end > at) continue
    return gap.test(text.slice(subject.end - offset, at - offset))
  }
  return false
}

/**
 * Treatment harm. Each structure is found by its predicate first (rare words, cheap scans), and only
 * then are the treatments and conditions of the sentence listed, to check that one is the predicate's
 * subject. Sentences need no other claim cue for this detector to run.
 */
interface HarmMatch extends Match { family: HarmFamily; window: string }

/**
 * The treatment-harm predicates of the whole comment, found once (none crosses a sentence end: they are words and
 * single spaces) where TREATMENT_HARM_STARTS says one may start, as a scan of TREATMENT_HARM finds them; each tagged
 * with its structure and, for comparisons and harms, the words after it.
 */
export const harmPredicates = (text: string): HarmMatch[] => {
  const found: HarmMatch[] = []
  for (const m of execAllAt(TREATMENT_HARM_STICKY, text, matchStartsIn(TREATMENT_HARM_STARTS, text))) {
    const groups = m.groups!
    const family = HARM_FAMILIES.find((name) => groups[name] !== undefined)!
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], family, window: groups.compared ?? groups.harmed ?? '' })
  }
  return found
}

/**
 * Treatment harm, judged from the sentence's predicates: only when one is found are the sentence's
 * treatments and conditions listed, to check that one is the predicate's subject (a treatment for
 * comparisons, dismissals and harms; a disease for minimising, reducing and "caused by").
 */
const treatmentHarm = (view: SentenceView, predicates: readonly HarmMatch[]): CueHit | undefined => {
  if (predicates.length === 0) return undefined
  const { sentence } = view
  const text = sentence.text
  const offset = sentence.start
  const found: Record<HarmFamily, HarmMatch[]> = { comparison: [], causedBy: [], dismissal: [], harm: [], minimised: [], reduced: [], never: [] }
  for (const predicate of predicates) found[predicate.family].push(predicate)
  const hit = (cue: Match, score: number, what: string): CueHit => ({ category: 'fact_denial', score, cue, describe: (quote) => `${what} ('${quote}') with no source` })
  const notNegated = (match: Match) => !isNegated(text, match.start - offset)
  // Every family but "never happened" needs a subject before its predicate.
  if (found.never.length < predicates.length) {
    const treatmentSubject = (match: HarmMatch) => {
      const treatments = view.treatments()
      if (treatments.length === 0) return false
      const before = text.slice(Math.max(0, match.start - offset - 70), match.start - offset)
      const subject =
        subjectBefore(treatments, SUBJECT_GAP_TREATMENT, text, offset, match.start) || (PRONOUN_BEFORE.test(before) && treatments[0].end <= match.start)
      // "insulin pricing is a racket" criticises the price, not the treatment.
      return subject && !DOSE_QUALIFIER.test(before) && !PRICE_BEFORE.test(before.slice(-30)) && notNegated(match)
    }
    const conditionSubject = (match: HarmMatch) =>
      subjectBefore(view.conditions(), SUBJECT_GAP_CONDITION, text, offset, match.start) && notNegated(match) && !BELIEF_DESCRIBED_BEFORE.test(text.slice(0, match.start - offset))
    /** The window after the predicate names a disease, or fits `other`. */
    const objectIs = (match: HarmMatch, other: RegExp) => {
      const window = match.window
      return other.test(window) || view.conditions().some((condition) => condition.start > match.end && condition.start < match.end + window.length)
    }
    const comparison = found.comparison.find((match) => objectIs(match, COMPARED_WITH_DISEASE) && treatmentSubject(match))
    if (comparison) return hit(comparison, 0.75, 'claims a treatment is more dangerous than the disease')
    const blamed = found.causedBy.find((match) => conditionSubject(match) && TREATMENT_AFTER.test(text.slice(match.end - offset - 1)))
    if (blamed) return hit(blamed, 0.7, 'blames a disease on its treatment or prevention')
    const dismissal = found.dismissal.find(
      (match) =>
        !ACTED_ON.test(text.slice(Math.max(0, match.start - offset - 16), match.start - offset)) && !BELIEF_DESCRIBED_BEFORE.test(text.slice(0, match.start - offset)) &&
        treatmentSubject(match) && !careSettingBefore(view, match),
    )
    if (dismissal) return hit(dismissal, 0.7, 'dismisses an established treatment as useless or harmful')
    const harm = found.harm.find(
      (match) =>
        (HARMED_BODY.test(match.window) || (LETHAL_VERB.test(match.text) && HARMED_PEOPLE.test(match.window))) &&
        !ACTED_ON.test(text.slice(Math.max(0, match.start - offset - 16), match.start - offset)) &&
        treatmentSubject(match) && !MODAL_BEFORE.test(text.slice(Math.max(0, match.start - offset - 25), match.start - offset)),
    )
    if (harm && !CAUTIONARY_CARE.test(text)) return hit(harm, 0.65, 'asserts that a treatment harms the body')
    const playedDown = found.minimised.find(conditionSubject)
    if (playedDown) return hit(playedDown, 0.7, 'plays down a disease as harmless')
    const reduction = found.reduced.find(conditionSubject)
    if (reduction) return hit(reduction, 0.7, 'denies a condition is real illness')
  }
  const never = found.never[0]
  return never && hit(never, 0.7, 'denies established evidence')
}

export const claimCues: Phase = ({ original, norm, sentences, tokens, signals }) => {
  const found: Signal[] = []
  const predicates = harmPredicates(norm.text)
  const gateHits = gatesOf(tokens)
  const selling = promotes(signals)
  const startsBySentence = cueStartsBySentence(norm.text, sentences)
  let nextGate = 0
  let next = 0
  let previous: SentenceView | undefined
  sentences.forEach((sentence, index) => {
    const first = next
    while (next < predicates.length && predicates[next].start < sentence.end) next++
    const own = predicates.slice(first, next)
    const gateFirst = nextGate
    while (nextGate < gateHits.length && gateHits[nextGate].start < sentence.end) nextGate++
    const gates = gateFirst === nextGate ? NO_GATES : gateHits.slice(gateFirst, nextGate).map((hit) => hit.gate)
    const view = new SentenceView(sentence, index, startsBySentence[index], original, norm, previous, selling)
    previous = view
    // A sentence with none of the other cues can still make a causal claim (the second half of fact denial).
    const hits = view.cued
      ? [hiddenMotive(view), miracleCure(view), stopTreatment(view, norm.text), inventedStatistic(view), factDenial(view), treatmentHarm(view, own)]
      : [causalClaim(view), treatmentHarm(view, own)]
    if (gates.length > 0) hits.push(blamedConsequence(view, gates), rareClaims(view, gates))
    for (const hit of hits) {
      if (!hit) continue
      const clause = clauseAround(sentence, hit.cue)
      found.push({
        label: 'unsupported_claim',
        category: hit.category,
        score: Math.min(1, hit.score),
        reason: hit.describe(quoteOriginal(original, norm, clause.start, clause.end)),
        start: clause.start,
        end: clause.end,
        cue: { start: hit.cue.start, end: hit.cue.end },
        sentence: index,
        origin: 'cue',
      })
    }
  })
  return { signals: [...signals, ...found] }
}
