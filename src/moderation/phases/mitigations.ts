import { promotes, type Phase, type Sentence, type Signal } from '../state'
import { MIRACLE_TELLS, SOURCE_ACRONYMS, SOURCES } from '../lexicon/health'
import { findAll, firstMatchStartIn, headScans, matchesFrom, wordsRegex, type Match } from '../lexicon/regex'
import type { NormalisedText } from '../state'
import { isQuoted, quoteOriginal, quotedPassages } from './normalise'

/**
 * Lowers claim signals where the text is not asserting the claim (NOTES, "cues that lower suspicion"):
 * a question, a debunking frame or a claim quoted to reject it, a hedge, a first-person account, or a
 * credible source. Runs after every claim phase so rule hits and cue hits are judged alike. Hidden-motive
 * accusations are not excused by a source: naming the FDA as the culprit does not cite it.
 */
const QUESTION_END = /\?["')\s]*$/
/**
 * A rhetorical question asserts its answer ("why do you think they never mention that turmeric reverses arthritis?",
 * "is it really a coincidence that ...?"): it is not excused as a question.
 */
const RHETORICAL = /^(?:so |and |but |hmm,? )?(?:why (?:do|did|would) (?:you|u) think|did (?:you|u|ya) know|dyk\b|(?:have you )?ever (?:wonder(?:ed)?|notice[d]?|ask(?:ed)? yourself) why|is it (?:really |just |only )?(?:a )?coincidence|isnt it (?:funny|odd|strange|interesting|convenient)|funny how|notice how|how come (?:nobody|no one|they never|doctors never))\b/
/** A question typed without its mark: opened by an auxiliary and offering its own alternative ("does it work or is that a myth"). */
const UNMARKED_QUESTION = /^(?:does|do|did|is|are|was|were|can|could|should|would|will|has|have)\b.*\b(?:or (?:is|are|was) (?:that|it|this)|or not)\b/
const DEBUNK = wordsRegex([
  '(?:its|it is) (?:a )?myths? that', // Not when the idea is what someone is accused of inventing ("drug companies invented the idea that kids need meds").
  '(?<!\\b(?:invented|made up|dreamt up|dreamed up|cooked up|came up with|planted|pushed|sold) )the (?:claim|idea|notion|belief|myth|rumou?r|theory|comment|suggestion|saying) that', 'contrary to', '(?:conspiracy theor(?:y|ies)|\\w+ claims) aside',
  'used to (?:believe|think)', 'no(?=,)', 'nope', 'not true', 'isnt true', 'is false', 'thats false', 'are false', 'is nonsense', '(?<!\\b(?:exaggerated|overblown|overhyped|scaremongering|fearmongering) )nonsense',
  'just a rumou?r', 'a rumou?r', 'is backwards', 'thats backwards', 'not supported', 'no (?:good |real |solid )?evidence (?:of|for) (?:that|this|it)',
  '(?:there is|theres) no (?:good |real |solid )?evidence', 'evidence (?:is|was) (?:mixed|weak|limited|lacking|thin|inconclusive|unclear)', 'debunked', 'retracted', 'makes no sense', 'with (?:zero|no|absolutely no|not a shred of) (?:evidence|proof)', '(?:a )?long (?:long )?way from', 'talking (?:rubbish|nonsense|out of (?:his|her|their) (?:arse|backside))', 'taking the (?:mick|mickey|piss)', 'far from (?:proven|proof|settled|clear|reversing|curing)', 'is silly', 'doesnt support', 'dont fall for',
  // "the 'drives the bacteria deeper' thing is a myth": a phrase named as a thing, then called a myth.
  '(?:thing|idea|claim|line|story|stuff|notion|bit|rumou?r)s? (?:is|was|are|were) (?:just |all |a |an |total |complete |pure |another )*(?:myths?|nonsense|rubbish|bunk|bogus|false|debunked|urban legend|old wives tale|marketing)',
  'please dont', 'please (?:nobody|no one) (?:actually )?(?:do|try)', 'please stop(?= ?[.!,;]| ?$)',
  // "my audiologist said thats a myth": the rejection reported from someone who knows.
  // Led by the verdict (rare) rather than by "said" (common), which is checked behind it.
  '(?<=\\b(?:said|says|told (?:me|us|her|him)) (?:that )?(?:thats|its|that is|it is|this is|its all) (?:a |an |just |total |complete |an old )*)(?:myths?|nonsense|rubbish|not true|false|made up|(?:old )?wives tales?)', '(?:tired|sick) of (?:being told|hearing|people saying)', 'not magic', 'not the case', 'misinformation', 'is rare', 'are rare', 'not how (?:\\w+ ){0,2}works?',
  'doesnt work that way', 'no idea where (?:that|this|he|she|they|people)', 'thats (?:just )?(?:a |an )?(?:myth|old wives tale|urban legend)(?=[.!\\s]*$)', 'dismiss', 'to correct', 'correcting', 'going to hurt (?:someone|somebody|people)',
])
/**
 * "Vaccines causing autism is nonsense": the claim named as the subject of its own rejection, read in the few words
 * after its cue.
 */
const CALLED_A_MYTH_AFTER = /^(?: [\w-]+){0,6}? (?:is|are|was|its) (?:just |all |a |an |total |complete |pure |another |an old )*(?:myths?|nonsense|rubbish|bunk|bogus|false|debunked|urban legends?|old wives tales?)\b/
/** The same when the denial phrase is the cue: "coke dissolving stones is a myth" names a cure before calling it one. */
const CURE_NAMED_BEFORE = /\b(?:cur(?:es|ed|ing)|dissolv(?:es|ed|ing)|revers(?:es|ed|ing)|detox(?:es|ed|ing)|heal(?:s|ed|ing)|shrink(?:s|ing)|flush(?:es|ed|ing)|draw(?:s|ing) out|boost(?:s|ed|ing))\b/
const MYTH_CUE = /\b(?:myths?|made up|invented|fabricated|hoax|lies?|nonsense)\b/
const calledAMyth = (norm: NormalisedText, sentence: Sentence, signal: Signal): boolean => {
  const cue = signal.cue
  if (!cue) return false
  if (CALLED_A_MYTH_AFTER.test(norm.text.slice(cue.end, Math.min(sentence.end, cue.end + 80)))) return true
  return signal.category === 'fact_denial' && MYTH_CUE.test(norm.text.slice(cue.start, cue.end)) && CURE_NAMED_BEFORE.test(norm.text.slice(sentence.start, cue.start))
}
/** "It doesn't." / "That isn't true": a short rejection of the sentence before. */
const SHORT_REJECTION = /^(?:no,? )?(?:it|that|this|they) (?:doesnt|dont|does not|do not|isnt|is not|arent|are not|wont|cant|didnt)(?:[,.!]| work| cause| help| do that| do anything| true| but\b|$)|^(?:no,? )?(?:its|thats|theyre) not(?:[,.!]|$| true| the case| right)|^(?:nah|nope|wrong|false|rubbish|not true)\b/
/**
 * Sarcasm about a myth: an ironic opener ("oh sure,", "yeah right,") or an ironic tail ("and I'm the queen
 * of England", "what will they think of next") mocks the claim it frames.
 */
const SARCASM = /^(?:oh |yeah |ah )(?:sure|right|of course|totally|yes)\b|^sarcasm\b|\bbecause obviously\b|\band (?:im|i am) the (?:queen|king|pope)\b|\bwhat will they (?:think of|come up with|sell) next\b|\band pigs (?:can |will |do )?fly\b|\bwhat could (?:possibly )?go wrong\b|\bcant wait to see what (?:it|they|this) (?:cures?|fixes|does) next\b/
const REPORTED = new RegExp(
  // "some" and "others" are too common to lead the five-word search below, so they report only directly.
  '\\b(?:some|others) (?:say|said|claim|claimed|insist|believe|swear|think)\\b|' +
  '\\b(?:people|someone|somebody|sum1|some1|ppl|some ppl|some (?:comment|commenter|post|video|article|people)s?|comments?|my \\w+(?: \\w+)?|a friend|friends|many|the article|' +
    'a viral post|viral posts?|online|the internet|folks|influencers?|everyone|he|she|a video|a post|forums?|a forum|' +
    // A third party named loosely ("some guy at work", "this woman in my group") or a share of the readers ("half of you").
    '(?:the|that) (?:guy|bloke|woman|lady|man|person|commenter|poster|one) (?:above|below|earlier|upthread)|(?:some |a |this |one |that )?(?:guy|bloke|woman|lady|man|dude|girl|person|coworker|colleague|mate) (?:at|from) (?:work|the gym|church|school|the pub)|(?:some|a|this|one|that) (?:guy|bloke|woman|lady|man|dude|girl|person|coworker|colleague|neighbou?r|relative|mate|friend|pal|(?:\\w+ )?(?:coach|practitioner|naturopath|nutritionist|trainer|healer|chiropractor|homeopath|herbalist|influencer))|' +
    '(?:half|most|many|lots|loads|tons|a lot|plenty) (?:of )?(?:you|u|the (?:comments|commenters|people|thread|replies)|this thread|people here))' +
    '(?: \\w+){0,5}? (?:keeps? (?:telling|on at) (?:me|us|everyone|people)|keeps? saying|keep saying|telling (?:people|everyone|parents|us|me|folks)|says?|said|claims?|claiming|claimed|insists?|told \\w+|swears?|going around saying|believes?|posted|thinks?|reckons?|(?:is|are) convinced|saying)\\b|' +
    '\\bsaw an? (?:\\w+ )?(?:video|post|ad|article|meme) (?:claiming|saying)\\b|\\b(?:keep |kept )?(?:reading|seeing|hearing) (?:online |everywhere |on (?:here|facebook|tiktok|instagram|twitter|forums?) )?that\\b|\\b(?:i )?heard (?:that|someone)\\b|\\bthe \\w+ (?:comment|claim)\\b',
  'g',
)
/**
 * What counters a reported claim later in the comment: an authority or the evidence saying otherwise
 * ("the FDA says it can carry dangerous bacteria"), the commenter's doubt, or a "but".
 */
const AUTHORITY = '(?:the )?(?:fda|cdc|who|nhs|nih|ema|mhra|nice|aap|acog|\\w+ (?:association|society|college|foundation))|' +
  '(?:my|our|the|her|his|their|a) (?:own )?(?:\\w+ )?(?:doctor|gp|\\w+ologist|\\w+iatrician|\\w+iatrist|nurse|midwife|pharmacist|dentist|consultant|specialist|surgeon|physician)|' +
  '(?:the )?(?:evidence|research|data|science|studies|trials?|reviews?)'
/** The commenter's own doubt, which rejects a reported claim whether it comes before or after it. */
const SKEPTIC = new RegExp(
  '\\b(?:im|i am|i was|i remain|i stay) (?:\\w+ )?(?:skeptical|sceptical|not convinced|doubtful|unconvinced|not buying (?:it|that|this))\\b|' +
    '\\bi (?:dont|do not|didnt) (?:buy|believe) (?:it|that|this|a word)\\b|' +
    '\\b(?:want|need|like|wait) to see (?:some |actual |real |the |proper |any )?(?:trials?|evidence|proof|studies|data|research)\\b|\\bnot (?:in )?(?:my|our) experience\\b|\\b(?:i )?doubt (?:it|that)\\b|\\byeah right\\b|\\b(?:its|thats|that is) (?:just )?(?:one person|an anecdote|anecdotal)\\b',
  'g',
)
const COUNTER = new RegExp(
  `\\b(?:${AUTHORITY})(?: \\w+){0,2}? (?:says?|said|warns?|warned|explained|told|confirmed|found|finds|shows?|showed|recommends?|recommended|advises?|advised|disagrees?|suggests?|is clear)\\b|` +
    `${SKEPTIC.source}|\\bsounds? (?:dangerous|risky|wrong|dodgy|fishy|like nonsense|made up)\\b|` +
    '\\b(?:its|it is|has been|have been|was|were) (?:been )?(?:shown|proven|found) to\\b|\\b(?:nearly |just |actually )?laughed\\b|\\bglad (?:i|we) (?:didnt|did not|ignored|never)\\b|' +
    '\\bturns? out (?:it|that|they)(?:s| is| was| are)? (?:not|wrong|false|nonsense|a myth|dangerous|risky)\\b|' +
    '\\b(?:not|no|never) (?:a )?(?:substitute|replacement) for\\b|\\b(?:are|is|were|was) (?:just |simply |completely |totally |dead |so )?(?:wrong|mistaken|misinformed)\\b|(?:^|[,;.!?:]) ?but\\b|\\bbut no\\b',
  'g',
)
/**
 * Against a reported denial or harm claim, the commenter's own good experience of the treatment counters
 * it ("I'm three years in remission thanks to it"); after a reported cure the same words would endorse it.
 */
const TESTIMONY = /\bthanks to (?:it|them|my|the|\w+)\b|\bsaved (?:my|his|her|their|our) (?:\w+ )?(?:life|lives)\b|\bin remission\b|\b(?:works?|worked|helped|helps) (?:for )?(?:me|us|him|her|my \w+)\b|\bi still (?:take|use|get)\b/g

const STRONG_HEDGE = wordsRegex([
  'might', 'seems?', 'seemed', 'appears? to', 'i think', 'i feel', 'in my case', 'for me', 'personally', 'not saying', 'not claiming',
  'not sure', 'for some people', 'some people', 'modestly', 'a little', 'somewhat', 'in some cases', 'everyones (?:different|situation)',
  'talk to your (?:own )?(?:doctor|gp|team|care team)', 'ask your doctor', 'worth (?:asking|raising)', 'probably',
])
const WEAK_HEDGE = wordsRegex(['may', 'could', 'possibly', 'perhaps', 'can help', 'a bit', 'in (?:many|most) cases'])
const CONSENSUS = wordsRegex(['well[- ]known', 'well[- ]established', 'established', 'recommended by', 'approved for', 'is recommended', 'considers? it'])
const MIRACLE_TELL = wordsRegex(MIRACLE_TELLS, '')
const FIRST_PERSON = /\b(?:i|im|ive|id|my|me|we|our|mine)\b/
/**
 * The clause as the first-person tests read it: "ME" in capitals is the disease (myalgic encephalomyelitis), not the
 * pronoun, so when the original has no lower-case "me" the word is dropped.
 */
const firstPersonView = (clause: string, original: string, norm: NormalisedText, start: number, end: number): string =>
  /\bme\b/.test(clause) && !/\b[Mm]e\b/.test(quoteOriginal(original, norm, start, end)) ? clause.replace(/\bme\b/g, '') : clause
const SOURCE = wordsRegex(SOURCES)
/**
 * "the GP said nail shedding is a known after-effect and they grow back": the claim is the clinician's, reported.
 * Only when the clinician speaks before the claim in its own sentence, not supposed ("if your cardiologist says
 * ablation, say no") and not contradicted ("my dentist says I need fillings but cavities heal on their own").
 */
const CLINICIAN_SAID = /\b(?:my|our|the|her|his|their|your) (?:own )?(?:doctor|gp|nurse|midwife|pharmacist|dentist|consultant|specialist|surgeon|physio|health visitor|optician|orthoptist|\w+ologist|\w+iatrician) (?:said|says|told (?:me|us|her|him|them)|explained|confirmed)\b/
const SUPPOSED_BEFORE = /\b(?:if|unless|even if|when)\s*$/
const clinicianSaysIt = (norm: NormalisedText, sentence: Sentence, signal: Signal): boolean => {
  const before = norm.text.slice(sentence.start, signal.cue?.start ?? signal.start ?? sentence.start)
  const said = CLINICIAN_SAID.exec(before)
  return said !== null && !/\bbut\b/.test(before.slice(said.index)) && !SUPPOSED_BEFORE.test(before.slice(0, said.index))
}
const JOURNAL_YEAR = /\((?:[a-z][\w .&'-]*,? )?(?:19|20)\d\d\)/g


/**
 * Criticism that names its remedy ("that's why AllTrials campaigns for registration") or hedges its scope
 * ("sometimes", "in some cases") is the critical stance PAN 2024 separates from conspiracy.
 */
const REFORM = /\b(?:thats|that is|which is|its|this is) (?:exactly |precisely )?why (?:the |we have |we need )?(?:[\w-]+ ){0,3}?(?:campaigns?|campaigned|exists?|was (?:set up|created|introduced|founded|passed)|became (?:mandatory|law|required)|requires?|required|keeps? (?:a|the)|publishes|lobbies|pushes for|fought for|introduced|registers?|registration)\b/
/**
 * Documented conduct or a call for scrutiny: fines, settlements and court records are the public record,
 * and "that incentive deserves more scrutiny" asks for oversight; neither alleges a hidden plot.
 */
const DOCUMENTED = /\b(?:paid|pay|pays|paying) (?:\w+ ){0,2}?(?:fines?|settlements?|penalt(?:y|ies)|damages)\b|\b(?:public|court|the) records?\b|\bon (?:the )?record\b|\bpleaded guilty\b|\b(?:was|were) (?:convicted|fined|sued|found guilty)\b|\b(?:written|reported) up in\b|\b(?:deserves?|needs?|warrants?) (?:more |closer |proper |independent )?(?:scrutiny|oversight|regulation|transparency|investigation)\b/
const SCOPE_HEDGE = /\b(?:sometimes|occasionally|in some cases|some of them|have been (?:caught|fined)|has been (?:caught|fined))\b/
const FACTOR = { quoted: 0.4, question: 0.2, debunked: 0.2, source: 0.3, strongHedge: 0.55, weakHedge: 0.8, consensus: 0.5, personal: 0.65, totalCure: 0.75 }

interface SentenceTraits { question: boolean; debunked: boolean; reported: boolean; strongHedge: boolean; weakHedge: boolean; consensus: boolean }

/**
 * Where a word-level trait may start, scanned once: it settles the many sentences that have none, and in the others
 * no trait starts before the first place it finds, so each trait is looked for from there. The scans are prefix trees
 * of the traits' heads (headScans), which need not keep their order, so V8 walks one tree at each word instead of the
 * several an order-keeping union of the traits breaks into.
 */
const ANY_WORD_TRAIT = headScans([DEBUNK, REPORTED, STRONG_HEDGE, WEAK_HEDGE, CONSENSUS].map((regex) => regex.source))

const traitsOf = (sentence: Sentence): SentenceTraits => {
  const text = sentence.text
  const first = firstMatchStartIn(ANY_WORD_TRAIT, text)
  const words = first >= 0
  return {
    question: (QUESTION_END.test(text) && !RHETORICAL.test(text)) || UNMARKED_QUESTION.test(text),
    debunked: (words && matchesFrom(DEBUNK, text, first)) || SHORT_REJECTION.test(text) || SARCASM.test(text),
    reported: words && matchesFrom(REPORTED, text, first),
    strongHedge: words && matchesFrom(STRONG_HEDGE, text, first),
    weakHedge: words && matchesFrom(WEAK_HEDGE, text, first),
    consensus: words && matchesFrom(CONSENSUS, text, first),
  }
}

/** Traits of sentence i, computed on first use: only sentences near a claim or a source are ever asked. */
type TraitsOf = (index: number) => SentenceTraits
const lazyTraits = (sentences: readonly Sentence[]): TraitsOf => {
  const known: (SentenceTraits | undefined)[] = []
  return (index) => (known[index] ??= traitsOf(sentences[index]))
}

/**
 * A sentence reporting someone else's claim is excused when the comment rejects or questions it nearby,
 * or counters it after the claim (within the next two sentences).
 */
const reportedAndRejected = (traits: TraitsOf, state: Parameters<Phase>[0], signal: Signal): boolean => {
  const { sentences, norm } = state
  const index = signal.sentence!
  if (!traits(index).reported) return false
  const last = Math.min(sentences.length, index + 3)
  for (let next = index; next < last; next++) if (traits(next).debunked || traits(next).question) return true
  const cueStart = signal.cue?.start ?? signal.start ?? sentences[index].start
  const after = norm.text.slice(signal.cue?.end ?? signal.end ?? sentences[index].start, sentences[last - 1].end)
  // Doubt voiced first ("I'm not buying it, she also thinks ...") rejects the report too.
  const before = norm.text.slice(sentences[Math.max(0, index - 1)].start, cueStart)
  return counters(after) || matchesFrom(SKEPTIC, before) || (signal.category !== 'miracle_cure' && matchesFrom(TESTIMONY, after))
}

/**
 * Whether `text` counters a reported claim. An attribution after the claim ("..., my midwife friend told me") names
 * its source, not a rebuttal, so a counter that is itself the report does not count.
 */
const counters = (text: string): boolean => {
  let reports: Match[] | undefined
  COUNTER.lastIndex = 0
  for (let match = COUNTER.exec(text); match; match = COUNTER.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    reports ??= findAll(REPORTED, text)
    if (!reports.some((report) => report.start < end && start < report.end)) return true
    if (match[0].length === 0) COUNTER.lastIndex++
  }
  return false
}

/** First normalised index whose original offset is at least `offset` (origStart never decreases), or -1. */
const normalisedIndexAt = (norm: NormalisedText, offset: number): number => {
  let low = 0
  let high = norm.origStart.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (norm.origStart[middle] >= offset) high = middle
    else low = middle + 1
  }
  return low < norm.origStart.length ? low : -1
}

/** Whether any match of global `regex` starts where `accept` agrees; stops at the first. */
const someMatch = (regex: RegExp, text: string, accept: (start: number) => boolean): boolean => {
  regex.lastIndex = 0
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (accept(match.index)) return true
    if (match[0].length === 0) regex.lastIndex++
  }
  return false
}

const citesSource = (original: string, state: Parameters<Phase>[0], excluded: Set<number>, traits: TraitsOf): boolean => {
  const { norm, sentences, links } = state
  const usable = (start: number) => {
    const index = sentences.findIndex((sentence) => start < sentence.end)
    return index >= 0 && !excluded.has(index) && !traits(index).question
  }
  if (links.some((link) => link.credible && usable(link.start))) return true
  if (someMatch(SOURCE, norm.text, usable) || someMatch(JOURNAL_YEAR, norm.text, usable)) return true
  return someMatch(SOURCE_ACRONYMS, original, (start) => {
    const at = normalisedIndexAt(norm, start)
    return at >= 0 && usable(at)
  })
}

/**
 * "Please dont use an EpiPen on a child": the plea that elsewhere rejects a claim ("please don't fall for this") is
 * here the claim itself, advice against treatment. A sentence whose only debunking words lie inside one of its
 * stop-treatment claims is not debunked, for that claim or any other it makes ("..., they stunt growth for good").
 */
const pleaIsTheAdvice = (sentence: Sentence, index: number, signals: readonly Signal[]): boolean => {
  if (SHORT_REJECTION.test(sentence.text) || SARCASM.test(sentence.text)) return false
  const advice = signals.filter((signal) => signal.category === 'stop_treatment' && signal.sentence === index && signal.start !== undefined && signal.end !== undefined)
  if (advice.length === 0) return false
  return findAll(DEBUNK, sentence.text, sentence.start).every((match) => advice.some((signal) => match.start >= signal.start! && match.end <= signal.end!))
}

/**
 * "ginkgo fixed my hearing loss completely", "regrew the cartilage in my mum's knee ... back to normal": a total cure
 * told as one's own story is a testimonial rather than a modest account, so it is lowered less.
 */
const TOTAL_CURE = /\b(?:completely|totally|fully|entirely|for good|forever|permanently|gone|back to normal|never looked back|never came back|100 ?%)\b/

/** "my advice: bin the betahistine", "trust me": the first person gives advice here, not an account of their own. */
const ADVICE_FRAME = /\b(?:my (?:advice|tip|recommendation|two cents|2 cents)|take it from me|trust me|if (?:you|u) ask me)\b/

/** "it cured my ME and it will cure anyone who commits to it": a personal story told as a promise to everyone. */
const FOR_ALL = /\b(?:cures?|fix(?:es)?|heals?|works? for|will work for|would work for) (?:any ?one|any ?body|every ?one|every ?body|all of (?:you|us))\b/
const claimedForAll = (signal: Signal, sentence: Sentence): boolean => signal.category === 'miracle_cure' && FOR_ALL.test(sentence.text)

export const mitigations: Phase = (state) => {
  const { original, norm, sentences, signals } = state
  // No claim to weigh, nothing to lower: long comments without claims skip the trait and source scans.
  if (!signals.some((signal) => signal.label === 'unsupported_claim' && signal.sentence !== undefined)) return {}
  const traits = lazyTraits(sentences)
  const accusations = new Set(signals.filter((s) => s.category === 'hidden_motive').map((s) => s.sentence!))
  let sourced: boolean | undefined
  let selling: boolean | undefined
  let miracleTold: boolean | undefined
  let quotes: Match[] | undefined
  const adjusted = signals.map((signal): Signal => {
    if (signal.label !== 'unsupported_claim' || signal.sentence === undefined) return signal
    const trait = traits(signal.sentence)
    const clause = norm.text.slice(signal.start, signal.end)
    const ownClause = signal.start === undefined || signal.end === undefined ? clause : firstPersonView(clause, original, norm, signal.start, signal.end)
    let factor = 1
    if (trait.question) factor *= FACTOR.question
    if (signal.cue && isQuoted((quotes ??= quotedPassages(original)), norm, signal.cue)) factor *= FACTOR.quoted
    if ((trait.debunked && !pleaIsTheAdvice(sentences[signal.sentence], signal.sentence, signals)) || calledAMyth(norm, sentences[signal.sentence], signal) || reportedAndRejected(traits, state, signal)) factor *= FACTOR.debunked
    if (trait.strongHedge) factor *= FACTOR.strongHedge
    else if (trait.weakHedge) factor *= FACTOR.weakHedge
    if (trait.consensus) factor *= FACTOR.consensus
    if (signal.category === 'hidden_motive') {
      const text = sentences[signal.sentence].text
      // The public record lowers an accusation less than a named reform: a full plot (agent, motive and secrecy) stays held.
      if (REFORM.test(text)) factor *= 0.5
      else if (DOCUMENTED.test(text)) factor *= 0.6
      if (SCOPE_HEDGE.test(text)) factor *= 0.7
    }
    // The first person lowers a claim told as one's own modest experience, but not: a cure with the miracle's tell
    // anywhere in the comment ("her consultant was gobsmacked"); one told beside promotion, a sales testimonial or a
    // seller's "our" ("cleared in 14 days, use code RING50"); a cure promised to anyone; advice framed as "my advice".
    // A total cure told as one's own story is lowered, but less (TOTAL_CURE).
    if (signal.category !== 'stop_treatment' && FIRST_PERSON.test(ownClause) && !(miracleTold ??= MIRACLE_TELL.test(norm.text)) && !(selling ??= promotes(signals)) && !claimedForAll(signal, sentences[signal.sentence]) && !ADVICE_FRAME.test(sentences[signal.sentence].text))
      factor *= TOTAL_CURE.test(sentences[signal.sentence].text) && signal.category === 'miracle_cure' ? FACTOR.totalCure : FACTOR.personal
    if (signal.category !== 'hidden_motive' && ((sourced ??= citesSource(original, state, accusations, traits)) || clinicianSaysIt(norm, sentences[signal.sentence], signal))) factor *= FACTOR.source
    return factor === 1 ? signal : { ...signal, score: signal.score * factor }
  })
  return { signals: adjusted }
}
