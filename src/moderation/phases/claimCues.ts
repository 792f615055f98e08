import type { Phase, Sentence, Signal } from '../state'
import type { ClaimCategory } from '../types'
import { ABSOLUTES, AGENTS, CONDITIONS, CONSPIRACY_FORMULAS, MOTIVES, REMEDIES, SECRECY, TREATMENTS } from '../lexicon/health'
import { anyOf, findAll, findFirst, hoistWordBoundary, wordsRegex, type Match } from '../lexicon/regex'
import { quoteOriginal } from './normalise'

/**
 * Recognises the structure of an unsupported health claim without any rule phrase, so the engine
 * generalises to topics no moderator has written rules for. One detector per claim category, each
 * judging one sentence:
 * - hidden motive: an agent with a hidden objective and/or secrecy (PAN 2024 narrative roles);
 * - miracle cure: a cure verb next to a disease or remedy, raised by absolutes;
 * - stop treatment: an imperative to stop, refuse or skip a treatment;
 * - invented statistic: a figure or share stated as fact;
 * - fact denial: denial of an established fact, or a sensational causal claim.
 * Mitigations (questions, hedges, debunking, sources) are applied by a later phase, not here.
 *
 * Regex scans are nearly all of this phase's cost on long comments, so each detector looks for its
 * defining cue first (a motive, a cure verb, a stop verb, a figure, a denial) and only scans for the
 * supporting words (agents, conditions, remedies, absolutes) in sentences that have it.
 */
const AGENT = wordsRegex(AGENTS)
const MOTIVE = wordsRegex(MOTIVES)
const SECRET = wordsRegex(SECRECY)
const FORMULA = wordsRegex(CONSPIRACY_FORMULAS)
const CONDITION = wordsRegex([...CONDITIONS, 'tattoos?'])
const REMEDY = wordsRegex(REMEDIES)
const ABSOLUTE = wordsRegex(ABSOLUTES)
const TREATMENT_WORDS = anyOf(TREATMENTS)
const TREATMENT = new RegExp(`\\b${TREATMENT_WORDS}\\b`, 'g')
/** A treatment within four words after a stop verb ("stop taking your insulin"). */
const TREATMENT_AFTER = new RegExp(`^\\s*(?:\\w+ ){0,4}?${TREATMENT_WORDS}\\b`)

const NEGATION_BEFORE = /\b(?:not|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|cant|cannot|couldnt|never|no|nothing|hardly|nor)\b(?: \w+){0,2} ?$/
const isNegated = (sentence: string, at: number): boolean => NEGATION_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))

const CURE_STRONG = wordsRegex([
  'cur(?:es|ed|ing)', `(?<!\\b(?:a|the|no|any|actual|for) )cure(?= (?:\\w+ )?${CONDITION.source})`, 'remed(?:y|ies) for', 'nothing worked until', 'will cure', 'can cure', 'to cure', 'reverse[sd]?', 'reversing', 'eliminat(?:e|es|ed|ing)', 'vanish(?:ed|es)?',
  'melts? (?:away|tumou?rs|fat)', 'melts', 'dissolv(?:e|es|ed)', 'destroys? (?:tumou?rs|cancer)', 'kills? (?:cancer|tumou?rs?|\\d+ ?%|all|every)',
  'shrinks? (?:tumou?rs|cancer)', 'regrows?', 'rebuilds?', 'wipes? out', 'neutrali[sz]es?', 'resets? (?:your|the) immune system',
  'heals? (?:any|all|every)', 'detox(?:es|ifies)', 'starves? (?:the )?(?:cancer|tumou?r)', 'clears? out', 'pulls? (?:it|toxins) (?:back )?out',
  'works better (?:than|then)', 'better (?:than|then) (?:any|all|chemo|drugs?|medication|medicine|pills?|biologics?|insulin|metformin|statins?|antidepressants?)',
  'faster (?:than|then) (?:any|chemo|drugs?|medication)', 'more effective (?:than|then)', 'cure (?:for|of) (?:all|every|any)',
  '(?:miracle|natural|secret|hidden|real) cures?', 'went from \\w+ to (?:totally |completely )?normal',
])
const CURE_WEAK = wordsRegex(['heal(?:s|ed|ing)?', 'fix(?:es|ed)?', 'clears?', 'prevents?', 'protects? against', 'lowers?', 'boosts?', 'restores?', 'treats?'])

const STOP_VERB = wordsRegex([
  'stop(?: \\w+ing)?', 'quit(?: \\w+ing)?', 'refuse', 'skip', 'ditch', 'throw (?:away|out)', 'bin', 'flush', 'dump', 'get off', 'come off',
  '(?:dont|do not|never) (?:take|bother with|let (?:them|anyone|your doctor|a doctor)|vaccinate|go|use|start|trust|get)', 'avoid', 'forget',
  'stay away from', 'say no to', 'give up', 'nobody needs', 'no one needs', '(?:you|u) (?:dont|do not) need', 'who needs',
])
/** An imperative starts a clause or follows advice words; "I stopped my biologic" is narration, not advice. */
const ADVICE_LEAD = /(?:^|[,;:.!?\-]|\b(?:please|just|so|and|then|simply|whatever you do|my advice|advice|people|everyone|anyone|all|should|must|need to|have to|better|ought to|seriously|honestly|immediately|now|asap|today|u|you|patients))\s*$/
const PRONOUN_OBJECT = /^\s*(?:\w+ ){0,1}(?:it|them|those|that stuff)\b/
const CAREFUL_ADVICE = /\bwithout (?:talking|speaking|asking|checking|consulting)\b|\btalk to your (?:doctor|gp|team)\b/

const STATISTIC = new RegExp(
  hoistWordBoundary([
    '\\b\\d+(?:\\.\\d+)? ?(?:%|percent|per cent)(?! off| discount| cashback| returns| bonus| weekly| monthly)',
    '\\b(?:one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) (?:percent|per cent)\\b',
    '\\b\\d+ (?:in|out of) \\d+\\b',
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:two|three|four|five|six|ten|a hundred|a thousand|\\d+)\\b',
    '\\b(?:(?:over|more than|nearly|almost) )?(?:half|a third|two thirds|a quarter|three quarters|the majority) of (?:all )?(?:\\w+ )?(?:people|patients|cases|women|men|children|kids|doctors|deaths|users|\\w+s)\\b',
    '\\b\\d+ ?x (?:faster|more|higher|likelier|less|slower|better)\\b',
    '\\b\\d+ times (?:more|higher|faster|likelier|less|as)\\b',
    '\\b(?:success|cure|death|failure|infection) rate of\\b',
  ]),
  'g',
)
const UNSOURCED_AUTHORITY = wordsRegex(['studies (?:show|prove)', 'research (?:shows|proves)', 'science (?:says|proves)', 'its been known', 'been known since', 'look it up', 'fun fact', 'fact', 'proven', 'guaranteed'])

/** `negatable`: "doesn't rot your jaw" corrects a myth rather than stating one. */
const DENIALS: { regex: RegExp; score: number; negatable?: boolean }[] = [
  { regex: /\b(?:isnt|is not|arent|are not|not) (?:even )?(?:a )?real\b|\bwas never (?:a )?real\b/g, score: 0.75 },
  {
    regex: /\b(?:is|are|was|its|thats|were) (?:just |basically |all |simply |only |completely |totally )?(?:a )?(?:made up|invented|fabricated|fake|hoax|lie|lies|scam|just a theory|theory|pseudoscience|propaganda|myth(?! that))\b/g,
    score: 0.7,
  },
  { regex: /\bhas (?:nothing|zero|no effect|no link) (?:to do with|on)\b|\bhas (?:zero|no) effect on\b|\bdo(?:es)?nt (?:do|work for) anything\b|\b(?:does|do) (?:absolutely )?nothing\b|\bnothing you do matters\b/g, score: 0.7 },
  { regex: /\b(?:nobody|no one) has ever (?:\w+ )?(?:seen|proven|shown|isolated)\b|\bnever (?:once )?been (?:proven|shown|seen|isolated)\b|\bno such thing as\b|\bdo(?:es)?nt (?:even )?exist\b/g, score: 0.7 },
  { regex: /\b(?:is|are) (?:just|only|simply|basically|really) (?:normal )?(?:aging|ageing|a fungus|parasites|laziness|weakness|in your head|attention seeking|an excuse|stress)\b/g, score: 0.7 },
  { regex: /\b(?:the )?(?:only|real|true) cause\b|\b100 ?% genetic\b|\beverything else is (?:lies|a lie)\b|\b(?:is|are) lying\b|\b(?:is|are) dead tissue\b|\bnot living tissue\b|\bcant absorb anything\b/g, score: 0.7 },
  { regex: /\b(?:is|are|its|theyre|thats) (?:pure |just |literally |basically )?poison\b/g, score: 0.65, negatable: true },
  {
    regex: /\b(?:destroy|rot|ruin|wreck|shut|fr[iy]|poison|calcif(?:y|ie))(?:s|es|ing|ting)?(?: down)? (?:your|the|ur|their|everyones|peoples) (?:\w+ )?(?:jaw(?:bone)?s?|bones|muscles|memory|liver|kidneys|brain|immune system|gut|heart|body|teeth|thyroid|arteries)\b/g,
    score: 0.65,
    negatable: true,
  },
  { regex: /\b(?:kills?|harms?|injures?|poisons?) more (?:people|patients|women|men|kids|children) than\b|\bpoisoning (?:people|patients|us|you|kids|children)\b/g, score: 0.7, negatable: true },
  { regex: /\b(?:just|only) mask(?:s|es|ing)? (?:the )?symptoms\b/g, score: 0.65 },
]
/** Any denial at all: one scan rules out most sentences before the denials are tried in order. */
const ANY_DENIAL = new RegExp(hoistWordBoundary(DENIALS.map(({ regex }) => regex.source)))
const CAUSAL = new RegExp(
  hoistWordBoundary([
    `\\b(?:makes? ${CONDITION.source} worse|wears? (?:your |the )?${CONDITION.source} down)\\b|\\b(?:causes?|caused|feeds?|give[s]? (?:you|u|people|women|men|kids)|leads? to|triggers?|is what causes|are what cause|makes? (?:\\w+ ){0,2}worse|wears? (?:\\w+ ){0,2}down|pulls? (?:\\w+ ){0,2}out of)\\b(?: \\w+){0,3}? ${CONDITION.source}|${CONDITION.source}(?: \\w+){0,2} (?:is|are|was) (?:\\w+ )?caused by\\b`,
  ]),
  'g',
)
const CAPS_WORD = /\b[A-Z]{3,}\b/g

/**
 * Every detector needs its defining cue (a motive, secrecy or formula; a cure verb; a stop verb; a
 * figure; a denial or a causal claim), so a sentence matching none of them cannot hold a claim. One
 * scan for all of them rules out most sentences; the detectors then run on the rest.
 */
const ANY_DEFINING_CUE = new RegExp(hoistWordBoundary([MOTIVE, SECRET, FORMULA, CURE_STRONG, CURE_WEAK, STOP_VERB, STATISTIC, ANY_DENIAL, CAUSAL].map((regex) => regex.source)))

/** The clause around a cue, which reads better in a reason than the bare cue word. */
const CLAUSE_BREAK = /[,;:()]| - | but | so that /g
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
  const text = () => sentence.text.slice(start - sentence.start, end - sentence.start)
  while (start < end && /[\s.!?"'-]/.test(text()[0])) start++
  while (end > start && /[\s.!?"'-]/.test(text()[text().length - 1])) end--
  if (end - start > MAX_QUOTE) return cue
  return { start, end, text: text() }
}

/** One sentence as the detectors see it; supporting scans are memoised because several detectors ask. */
interface SentenceView { sentence: Sentence; index: number; condition: () => Match | undefined; boost: () => number }
interface CueHit { category: ClaimCategory; score: number; cue: Match; describe: (quote: string) => string }

const ACRONYM = /^(?:FDA|CDC|NIH|WHO|NHS|DEXA|HRT|IBD|CRP|MMS|BTC|USA|ADHD|HPV|MMR|HIV|COPD|LDL|HDL|IVF|DNA|RNA|PPI|JAK|TNF)$/

/** Absolutes and shouting raise a claim's score; `original` is the sentence's original wording. */
const boosters = (sentence: Sentence, original: string): number => {
  const absolute = findFirst(ABSOLUTE, sentence.text) ? 0.15 : 0
  const shouting = (original.match(CAPS_WORD) ?? []).filter((word) => !ACRONYM.test(word)).length
  return absolute + (shouting > 0 ? 0.1 : 0)
}

const hiddenMotive = ({ sentence }: SentenceView): CueHit | undefined => {
  const text = sentence.text
  const motive = findFirst(MOTIVE, text, sentence.start)
  const secret = findAll(SECRET, text, sentence.start).find((match) => !isNegated(text, match.start - sentence.start) || /^(?:dont|never|wont|doesnt)/.test(match.text))
  const formula = findFirst(FORMULA, text, sentence.start)
  // An agent alone is no accusation ("doctors said"), so agents are only looked for next to another part.
  if (!motive && !secret && !formula) return undefined
  const agents = findAll(AGENT, text, sentence.start).filter((agent) => ![motive, secret].some((cue) => cue && agent.start >= cue.start && agent.end <= cue.end))
  const agent = agents[0]
  const parts = [agent, motive, secret].filter(Boolean).length
  if (formula && !motive)
    return { category: 'hidden_motive', score: 0.8, cue: formula, describe: (quote) => `alleges a cover-up or hidden agenda ('${quote}') with no source` }
  if (parts < 2 && !formula) return undefined
  if (motive) {
    const score = parts === 3 || formula ? 0.9 : 0.75
    return { category: 'hidden_motive', score, cue: motive, describe: (quote) => `alleges a hidden commercial motive ('${quote}') with no source` }
  }
  return { category: 'hidden_motive', score: 0.7, cue: secret!, describe: (quote) => `alleges a cover-up or hidden agenda ('${quote}') with no source` }
}

const miracleCure = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  const text = sentence.text
  const notNegated = (match: Match) => !isNegated(text, match.start - sentence.start)
  const strong = findAll(CURE_STRONG, text, sentence.start).find(notNegated)
  const weak = strong ? undefined : findAll(CURE_WEAK, text, sentence.start).find(notNegated)
  if (!strong && !weak) return undefined
  const condition = view.condition()
  const remedy = findFirst(REMEDY, text)
  let score = 0
  if (strong) score = condition ? 0.8 : remedy ? 0.6 : 0
  else if (weak && condition && remedy) score = 0.55
  if (score === 0) return undefined
  const cue = (strong ?? weak)!
  return {
    category: 'miracle_cure',
    score: score + view.boost(),
    cue,
    describe: (quote) => `presents an unproven cure as fact ('${quote}') with no source`,
  }
}

const stopTreatment = ({ sentence }: SentenceView, fullText: string): CueHit | undefined => {
  const text = sentence.text
  const verbs = findAll(STOP_VERB, text, sentence.start)
  if (verbs.length === 0 || CAREFUL_ADVICE.test(text)) return undefined
  for (const verb of verbs) {
    const local = verb.start - sentence.start
    if (!ADVICE_LEAD.test(text.slice(0, local)) || isNegated(text, local)) continue
    const after = text.slice(local + verb.text.length, local + verb.text.length + 60)
    const object = TREATMENT_AFTER.test(after)
    const pronounForEarlierTreatment = PRONOUN_OBJECT.test(after) && findFirst(TREATMENT, fullText.slice(0, verb.start)) !== undefined
    if (object || pronounForEarlierTreatment)
      return { category: 'stop_treatment', score: 0.8, cue: verb, describe: (quote) => `tells readers to stop or refuse treatment ('${quote}')` }
  }
  return undefined
}

const inventedStatistic = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  const figure = findFirst(STATISTIC, sentence.text, sentence.start)
  if (!figure) return undefined
  const authority = findFirst(UNSOURCED_AUTHORITY, sentence.text) ? 0.1 : 0
  return {
    category: 'invented_statistic',
    score: 0.6 + authority + view.boost(),
    cue: figure,
    describe: (quote) => `states a figure as fact ('${quote}') with no source`,
  }
}

const factDenial = (view: SentenceView): CueHit | undefined => {
  const { sentence } = view
  if (ANY_DENIAL.test(sentence.text))
    for (const { regex, score, negatable } of DENIALS) {
      const denial = findFirst(regex, sentence.text, sentence.start)
      if (denial && !(negatable && isNegated(sentence.text, denial.start - sentence.start))) return { category: 'fact_denial', score: score + view.boost() / 2, cue: denial, describe: (quote) => `denies established evidence ('${quote}') with no source` }
    }
  // The causal pattern is the costliest scan and needs a condition in the sentence anyway.
  if (!view.condition()) return undefined
  const causal = findAll(CAUSAL, sentence.text, sentence.start).find((match) => !isNegated(sentence.text, match.start - sentence.start))
  if (!causal) return undefined
  return {
    category: 'fact_denial',
    score: 0.5 + view.boost(),
    cue: causal,
    describe: (quote) => `asserts a health cause or harm against the evidence ('${quote}') with no source`,
  }
}

export const claimCues: Phase = ({ original, norm, sentences, signals }) => {
  const found: Signal[] = []
  sentences.forEach((sentence, index) => {
    if (!ANY_DEFINING_CUE.test(sentence.text)) return
    let condition: { match: Match | undefined } | undefined
    let boost: number | undefined
    const view: SentenceView = {
      sentence,
      index,
      condition: () => (condition ??= { match: findFirst(CONDITION, sentence.text) }).match,
      boost: () => (boost ??= boosters(sentence, quoteOriginal(original, norm, sentence.start, sentence.end))),
    }
    const hits = [hiddenMotive(view), miracleCure(view), stopTreatment(view, norm.text), inventedStatistic(view), factDenial(view)]
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
