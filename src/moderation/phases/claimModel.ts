import type { Phase, ScreenState, Signal } from '../state'
import type { ClaimCategory } from '../types'
import { AGENTS, CONDITIONS, REMEDIES, TREATMENTS } from '../lexicon/health'
import { matchesFrom, wordsRegex } from '../lexicon/regex'
import { featureWord, firstTokenFrom, FUNCTION_WORDS, stemKey, wordClass } from '../model/features'
import type { ClaimModel } from '../model/types'
import committedModel from '../model/claim-model.json' with { type: 'json' }
import { quoteOriginal } from './normalise'
import { COUNTERFACTUAL, VIRAL_SCOPE } from './claimCues'

/**
 * A backup to the rules and cues: a logistic-regression model trained on the project's own labelled
 * comments (scripts/train-claim-model.ts) reads each sentence no rule or cue flagged and adds a claim
 * signal when the sentence reads like the unsupported claims it was trained on. Hand-written structures
 * miss new phrasings; the model's unigrams and bigrams catch some of them.
 *
 * Precision is protected three ways: it only speaks above a high probability (chosen by leave-one-set-out
 * measurement, scripts/eval-claim-model.ts); the sentence must name a treatment, condition, remedy or
 * agent (the lexicon's own lists), so small talk never trips it; and its signal goes through the
 * mitigations phase like any other, so questions, debunking, hedges, first-person accounts and sources
 * lower it.
 */

/**
 * Probability at which the model adds a signal: the lowest of npm run eval:model's sweep (leave-one-set-out over
 * the training sets) at which benign and true-statements false holds rise by at most 0.02 over the rules alone. With stem
 * features (screen-1.9.2) that is 0.7 again: pooled claim recall 0.866 -> 0.927, true-statements false holds
 * 0.006 -> 0.023, benign 0.010 -> 0.015; at 0.65 true-statements rose by 0.026. Without stems, 0.7 had passed the
 * bound (0.029) and the threshold was 0.75. screen-1.9.3 (37 sets): 0.864 -> 0.924, true-statements 0.006 -> 0.026.
 */
export const CLAIM_MODEL_THRESHOLD = 0.7
/**
 * The signal's score runs from MIN_SCORE (the default hold threshold) at CLAIM_MODEL_THRESHOLD to MAX_SCORE
 * at probability 1, below the rules' high-severity 0.9: a borderline reading is held only while nothing
 * mitigates it (a weak hedge, x0.8, takes it under), a confident one survives a weak hedge.
 */
const MIN_SCORE = 0.5
const MAX_SCORE = 0.9
/** Words named in a reason. */
const REASON_WORDS = 3
const MAX_QUOTE = 100
/** "decongestants do nothing for flu itself": the cues leave a dismissal scoped to viruses alone, and so does the model. */
const SCOPED_DISMISSAL = new RegExp(`\\b(?:useless|pointless|do(?:es)? nothing|do(?:es)?nt (?:work|help|do anything)|wont (?:work|help))(?: \\w+)? ${VIRAL_SCOPE}`)

/**
 * Above this probability the model speaks without a health anchor (below). Leave-one-set-out (screen-1.9.4, 37 sets):
 * claim recall 0.924 -> 0.925 with false holds, benign and true-statements unchanged at three decimals; the model alone
 * 0.552 -> 0.561 at 0.006. Without the anchor at any probability (0.7) recall was the same and the model alone held more.
 */
const UNANCHORED_THRESHOLD = 0.75
/** A treatment, condition, remedy or agent: what makes a sentence a health claim rather than small talk. A pronoun is no anchor. */
const PRONOUN_AGENTS = new Set(['they', 'them', 'someone', 'somebody'])
const HEALTH_ANCHOR = wordsRegex([...TREATMENTS, ...CONDITIONS, ...REMEDIES, ...AGENTS.filter((agent) => !PRONOUN_AGENTS.has(agent))])

/** The model as lookup tables: one map for words, one map of maps for word pairs (no string building per token). */
export interface CompiledClaimModel {
  bias: number
  weight: Float64Array
  words: Map<string, number>
  pairs: Map<string, Map<string, number>>
  categories: readonly ClaimCategory[]
  categoryBias: readonly number[]
  /** categoryWeight[id * categories.length + c]. */
  categoryWeight: Float64Array
  /** Word pairs made of function words only ("and your"): they count, but a reason does not name them. */
  functionOnly: Uint8Array
  /** seenIn[id] === the number of the sentence being read when feature id was already counted in it (no set per sentence). */
  seenIn: Uint32Array
  reads: number
  /** Each token text's features (tokenFeatures). */
  tokens: Map<string, TokenFeatures>
}

export const compileClaimModel = (model: ClaimModel): CompiledClaimModel => {
  const keys = [...new Set([...Object.keys(model.weights), ...Object.keys(model.categoryWeights)])]
  const categoryCount = model.categories.length
  const weight = new Float64Array(keys.length)
  const categoryWeight = new Float64Array(keys.length * categoryCount)
  const words = new Map<string, number>()
  const pairs = new Map<string, Map<string, number>>()
  const functionOnly = new Uint8Array(keys.length)
  keys.forEach((key, id) => {
    functionOnly[id] = key.split(' ').every((word) => FUNCTION_WORDS.has(word)) ? 1 : 0
    weight[id] = model.weights[key] ?? 0
    model.categoryWeights[key]?.forEach((value, c) => (categoryWeight[id * categoryCount + c] = value))
    const space = key.indexOf(' ')
    if (space < 0) words.set(key, id)
    else {
      const first = key.slice(0, space)
      let seconds = pairs.get(first)
      if (!seconds) pairs.set(first, (seconds = new Map()))
      seconds.set(key.slice(space + 1), id)
    }
  })
  return {
    bias: model.bias, weight, words, pairs, categories: model.categories, categoryBias: model.categoryBias, categoryWeight, functionOnly,
    seenIn: new Uint32Array(keys.length), reads: 0, tokens: new Map(),
  }
}

/** One feature found in a sentence: its id and the normalised range of the words that make it. */
interface Found { id: number; start: number; end: number }
export interface SentenceReading { probability: number; found: Found[] }

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** What the model looks up for one token text, found once per text and model (a comment's words are mostly ones seen before). */
interface TokenFeatures {
  word: string
  stem: string
  cls?: string
  /** The unigram features (undefined for function words, and where the model has none). */
  wordId?: number
  stemId?: number
  classId?: number
  /** The pairs that start with the word, its stem and its class. */
  after?: Map<string, number>
  stemAfter?: Map<string, number>
  classAfter?: Map<string, number>
}
const TOKEN_CACHE_LIMIT = 50_000
const tokenFeatures = (model: CompiledClaimModel, text: string): TokenFeatures => {
  let known = model.tokens.get(text)
  if (known) return known
  const word = featureWord(text)
  const stem = stemKey(word)
  const cls = wordClass(word)
  const content = !FUNCTION_WORDS.has(word)
  known = {
    word, stem, cls,
    wordId: content ? model.words.get(word) : undefined,
    stemId: content && word !== '#' ? model.words.get(stem) : undefined,
    classId: cls ? model.words.get(cls) : undefined,
    after: model.pairs.get(word),
    stemAfter: model.pairs.get(stem),
    classAfter: cls ? model.pairs.get(cls) : undefined,
  }
  if (model.tokens.size >= TOKEN_CACHE_LIMIT) model.tokens.clear()
  model.tokens.set(text, known)
  return known
}

/** The model's reading of each sentence (skipped sentences are undefined): one cached lookup per token, then its pairs. */
export const readSentences = (
  model: CompiledClaimModel, { sentences, tokens }: Pick<ScreenState, 'sentences' | 'tokens'>, skip: (index: number) => boolean = () => false,
): (SentenceReading | undefined)[] => {
  const readings: (SentenceReading | undefined)[] = []
  let from = 0
  sentences.forEach((sentence, index) => {
    const first = firstTokenFrom(tokens, sentence.start, from)
    let next = first
    while (next < tokens.length && tokens[next].start < sentence.end) next++
    from = next
    if (skip(index)) {
      readings.push(undefined)
      return
    }
    const found: Found[] = []
    // Sentence numbers start at 1, so a fresh seenIn (all 0) has seen nothing; a wrap-around clears it.
    if (++model.reads === 0xffffffff) {
      model.seenIn.fill(0)
      model.reads = 1
    }
    const reading = model.reads
    const add = (id: number | undefined, start: number, end: number) => {
      if (id === undefined || model.seenIn[id] === reading) return
      model.seenIn[id] = reading
      found.push({ id, start, end })
    }
    // The same keys as featureKeys (model/features.ts): words and their stems, word pairs and stem pairs, and lexicon
    // classes alone and beside a word.
    let previous: TokenFeatures | undefined
    for (let t = first; t < next; t++) {
      const token = tokenFeatures(model, tokens[t].text)
      const { start, end } = tokens[t]
      add(token.wordId, start, end)
      add(token.stemId, start, end)
      add(token.classId, start, end)
      if (previous !== undefined) {
        const pairStart = tokens[t - 1].start
        add(previous.after?.get(token.word), pairStart, end)
        add(previous.stemAfter?.get(token.stem), pairStart, end)
        if (token.cls) add(previous.after?.get(token.cls), pairStart, end)
        if (previous.cls) add(previous.classAfter?.get(token.word), pairStart, end)
      }
      previous = token
    }
    let z = model.bias
    for (const { id } of found) z += model.weight[id]
    readings.push({ probability: sigmoid(z), found })
  })
  return readings
}

/**
 * The category, from one-vs-rest models trained on the training claims labelled by the category the
 * rules and cues give them (train.ts): cheap labels, and the category decides which mitigations apply
 * (a hidden-motive accusation is not excused by a source, a stop-treatment one not by "I").
 */
const categoryOf = (model: CompiledClaimModel, found: readonly Found[]): ClaimCategory => {
  const count = model.categories.length
  let best = 0
  let bestScore = -Infinity
  for (let c = 0; c < count; c++) {
    let score = model.categoryBias[c]
    for (const { id } of found) score += model.categoryWeight[id * count + c]
    if (score > bestScore) {
      bestScore = score
      best = c
    }
  }
  return model.categories[best]
}

const shorten = (quote: string): string => (quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1).trimEnd()}…` : quote)

export const createClaimModelPhase = (model: CompiledClaimModel, threshold = CLAIM_MODEL_THRESHOLD): Phase => (state) => {
  const { original, norm, sentences, signals } = state
  const flagged = new Set<number>()
  for (const signal of signals) if (signal.label === 'unsupported_claim' && signal.sentence !== undefined) flagged.add(signal.sentence)
  const readings = readSentences(model, state, (index) => flagged.has(index))
  const found: Signal[] = []
  readings.forEach((reading, index) => {
    if (!reading || reading.probability < threshold) return
    const sentence = sentences[index]
    // "if a cure existed, every company would sell it" supposes the claim to refute it, for the model as for the cues.
    if ((reading.probability < UNANCHORED_THRESHOLD && !matchesFrom(HEALTH_ANCHOR, sentence.text)) || COUNTERFACTUAL.test(sentence.text) || SCOPED_DISMISSAL.test(sentence.text)) return
    let end = sentence.end
    while (end > sentence.start && /\s/.test(norm.text[end - 1])) end--
    const strongest = reading.found.filter(({ id }) => model.weight[id] > 0 && !model.functionOnly[id]).sort((a, b) => model.weight[b.id] - model.weight[a.id] || a.start - b.start)
    // Named once each: "fluoride in" is not named beside "fluoride".
    const named: Found[] = []
    for (const feature of strongest) {
      if (named.length === REASON_WORDS) break
      if (!named.some((other) => other.start < feature.end && feature.start < other.end)) named.push(feature)
    }
    const words = named.map(({ start, end }) => `'${quoteOriginal(original, norm, start, end)}'`)
    const quote = shorten(quoteOriginal(original, norm, sentence.start, end))
    const score = MIN_SCORE + ((MAX_SCORE - MIN_SCORE) * (reading.probability - threshold)) / (1 - threshold)
    found.push({
      label: 'unsupported_claim',
      category: categoryOf(model, reading.found),
      score: Math.round(score * 1000) / 1000,
      reason: `reads like unsupported claims held before ('${quote}'): ${words.join(', ')} weigh most (model ${reading.probability.toFixed(2)})`,
      start: sentence.start,
      end,
      cue: strongest.length > 0 ? { start: strongest[0].start, end: strongest[0].end } : undefined,
      sentence: index,
      origin: 'model',
    })
  })
  return found.length === 0 ? {} : { signals: [...signals, ...found] }
}

export const claimModel: Phase = createClaimModelPhase(compileClaimModel(committedModel as ClaimModel))
