import type { Phase, Sentence, Signal } from '../state'
import { SOURCE_ACRONYMS, SOURCES } from '../lexicon/health'
import { findAll, wordsRegex } from '../lexicon/regex'
import type { NormalisedText } from '../state'
import { originalRange } from './normalise'

/**
 * Lowers claim signals where the text is not asserting the claim (NOTES, "cues that lower suspicion"):
 * a question, a debunking frame or a claim quoted to reject it, a hedge, a first-person account, or a
 * credible source. Runs after every claim phase so rule hits and cue hits are judged alike. Hidden-motive
 * accusations are not excused by a source: naming the FDA as the culprit does not cite it.
 */
const QUESTION_END = /\?["')\s]*$/
const DEBUNK = wordsRegex([
  '(?:its|it is) (?:a )?myths? that', 'the (?:claim|idea|notion|belief|myth|rumou?r|theory) that', 'contrary to', '(?:conspiracy theor(?:y|ies)|\\w+ claims) aside',
  'used to (?:believe|think)', 'no,', 'nope', 'not true', 'isnt true', 'is false', 'thats false', 'are false', 'is nonsense', 'nonsense',
  'just a rumou?r', 'a rumou?r', 'is backwards', 'thats backwards', 'not supported', 'no (?:good |real |solid )?evidence (?:of|for) (?:that|this|it)',
  '(?:there is|theres) no (?:good |real |solid )?evidence', 'debunked', 'retracted', 'makes no sense', 'is silly', 'doesnt support', 'dont fall for',
  'please dont', 'not magic', 'not the case', 'misinformation', 'is rare', 'are rare', 'not how it works',
  'doesnt work that way', 'no idea where that', 'dismiss', 'to correct', 'correcting', 'going to hurt (?:someone|somebody|people)',
])
/** "It doesn't." / "That isn't true": a short rejection of the sentence before. */
const SHORT_REJECTION = /^(?:no,? )?(?:it|that|this|they) (?:doesnt|dont|does not|do not|isnt|is not|wont)(?:[,.!]| work| cause| help| do that| do anything)/
const REPORTED = new RegExp(
  '\\b(?:people|someone|somebody|some (?:comment|commenter|post|video|article|people)s?|comments?|my \\w+(?: \\w+)?|a friend|friends|many|the article|' +
    'a viral post|viral posts?|online|the internet|folks|influencers?|everyone|he|she|a video|a post|forums?|a forum)' +
    '(?: \\w+){0,5}? (?:keeps? saying|keep saying|says?|said|claims?|claiming|claimed|insists?|told \\w+|swears?|going around saying|believes?|posted)\\b|' +
    '\\bsaw an? (?:\\w+ )?(?:video|post|ad|article|meme) (?:claiming|saying)\\b|\\b(?:i )?heard (?:that|someone)\\b|\\bthe \\w+ (?:comment|claim)\\b',
  'g',
)
const STRONG_HEDGE = wordsRegex([
  'might', 'seems?', 'seemed', 'appears? to', 'i think', 'i feel', 'in my case', 'for me', 'personally', 'not saying', 'not claiming',
  'not sure', 'for some people', 'some people', 'modestly', 'a little', 'somewhat', 'in some cases', 'everyones (?:different|situation)',
  'talk to your (?:own )?(?:doctor|gp|team|care team)', 'ask your doctor', 'worth (?:asking|raising)', 'probably',
])
const WEAK_HEDGE = wordsRegex(['may', 'could', 'possibly', 'perhaps', 'can help', 'a bit'])
const CONSENSUS = wordsRegex(['well[- ]known', 'well[- ]established', 'established', 'recommended by', 'approved for', 'is recommended', 'considers? it'])
const FIRST_PERSON = /\b(?:i|im|ive|id|my|me|we|our|mine)\b/
const SOURCE = wordsRegex(SOURCES)
const JOURNAL_YEAR = /\((?:[a-z][\w .&'-]*,? )?(?:19|20)\d\d\)/g

/** 'cured my RA' in quotation marks is being quoted, usually to be rejected, not asserted. */
const QUOTED = /(?:^|[\s(:])['"\u2018\u201c]([^'"\u2019\u201d\n]{3,100})['"\u2019\u201d](?=[\s.,;:!?)]|$)/g
const isQuoted = (original: string, norm: NormalisedText, cue: { start: number; end: number }): boolean => {
  const { start, end } = originalRange(norm, cue.start, cue.end)
  return findAll(QUOTED, original).some((quote) => quote.start <= start && end <= quote.end)
}

const FACTOR = { quoted: 0.4, question: 0.2, debunked: 0.2, source: 0.3, strongHedge: 0.55, weakHedge: 0.8, consensus: 0.5, personal: 0.65 }

interface SentenceTraits { question: boolean; debunked: boolean; reported: boolean; strongHedge: boolean; weakHedge: boolean; consensus: boolean }

const traitsOf = (sentence: Sentence): SentenceTraits => ({
  question: QUESTION_END.test(sentence.text),
  debunked: DEBUNK.test((DEBUNK.lastIndex = 0, sentence.text)) || SHORT_REJECTION.test(sentence.text),
  reported: REPORTED.test((REPORTED.lastIndex = 0, sentence.text)),
  strongHedge: STRONG_HEDGE.test((STRONG_HEDGE.lastIndex = 0, sentence.text)),
  weakHedge: WEAK_HEDGE.test((WEAK_HEDGE.lastIndex = 0, sentence.text)),
  consensus: CONSENSUS.test((CONSENSUS.lastIndex = 0, sentence.text)),
})

/** A sentence reporting someone else's claim is excused when the comment rejects or questions it nearby. */
const reportedAndRejected = (traits: SentenceTraits[], index: number): boolean => {
  if (!traits[index].reported) return false
  for (let next = index; next < Math.min(traits.length, index + 3); next++) if (traits[next].debunked || traits[next].question) return true
  return false
}

const citesSource = (original: string, state: Parameters<Phase>[0], excluded: Set<number>, traits: SentenceTraits[]): boolean => {
  const { norm, sentences, links } = state
  const usable = (start: number) => {
    const index = sentences.findIndex((sentence) => start < sentence.end)
    return index >= 0 && !excluded.has(index) && !traits[index].question
  }
  if (links.some((link) => link.credible && usable(link.start))) return true
  for (const hit of [...findAll(SOURCE, norm.text), ...findAll(JOURNAL_YEAR, norm.text)]) if (usable(hit.start)) return true
  for (const acronym of findAll(SOURCE_ACRONYMS, original)) {
    const at = norm.origStart.findIndex((origin) => origin >= acronym.start)
    if (at >= 0 && usable(at)) return true
  }
  return false
}

export const mitigations: Phase = (state) => {
  const { original, norm, sentences, signals } = state
  const traits = sentences.map(traitsOf)
  const accusations = new Set(signals.filter((s) => s.category === 'hidden_motive').map((s) => s.sentence!))
  const sourced = citesSource(original, state, accusations, traits)
  const adjusted = signals.map((signal): Signal => {
    if (signal.label !== 'unsupported_claim' || signal.sentence === undefined) return signal
    const trait = traits[signal.sentence]
    const clause = norm.text.slice(signal.start, signal.end)
    let factor = 1
    if (trait.question) factor *= FACTOR.question
    if (signal.cue && isQuoted(original, norm, signal.cue)) factor *= FACTOR.quoted
    if (trait.debunked || reportedAndRejected(traits, signal.sentence)) factor *= FACTOR.debunked
    if (trait.strongHedge) factor *= FACTOR.strongHedge
    else if (trait.weakHedge) factor *= FACTOR.weakHedge
    if (trait.consensus) factor *= FACTOR.consensus
    if (signal.category !== 'stop_treatment' && FIRST_PERSON.test(clause)) factor *= FACTOR.personal
    if (sourced && signal.category !== 'hidden_motive') factor *= FACTOR.source
    return factor === 1 ? signal : { ...signal, score: signal.score * factor }
  })
  return { signals: adjusted }
}
