import type { NormalisedText, ScreenState, Sentence, Token } from '../state'
import type { ClaimCategory } from '../types'
import { quoteOriginal } from '../phases/normalise'
import { featureWord, firstTokenFrom, FUNCTION_WORDS, stemKey, subwordKeys, wordClass, wordMood } from './features'
import type { TextModel } from './types'

/**
 * A committed model (types.ts) made ready to read sentences, and what the model phases (phases/claimModel.ts,
 * phases/toxicModel.ts) share in telling a moderator why it spoke: its score, the sentence quoted, and the
 * words that weigh most.
 */
const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** The model as lookup tables: one map for words, one map of maps for word pairs (no string building per token). */
export interface CompiledModel {
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
  /** Whether the model reads words' moods (TextModel.moods). */
  moods: boolean
  /** Whether the model reads words' character 4-grams (TextModel.subwords). */
  subwords: boolean
  /** Each token text's features (tokenFeatures). */
  tokens: Map<string, TokenFeatures>
  /** How many token pairs' features the token features hold (pairFeatures). */
  pairsCached: number
}

export const compileModel = (model: TextModel): CompiledModel => {
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
    seenIn: new Uint32Array(keys.length), reads: 0, moods: model.moods === true, subwords: model.subwords === true, tokens: new Map(), pairsCached: 0,
  }
}

/** One feature found in a sentence: its id and the normalised range of the words that make it. */
interface Found { id: number; start: number; end: number }
export interface SentenceReading { probability: number; readonly found: Found[] }

/** What the model looks up for one token text, found once per text and model (a comment's words are mostly ones seen before). */
interface TokenFeatures {
  word: string
  stem: string
  cls?: string
  /** Its mood, when the model reads moods. */
  mood?: string
  /** Its unigram features, in reading order: the word and its stem (not for function words), its class, its mood, its character 4-grams. */
  ids: readonly number[]
  /** The pairs that start with the word, its stem, its class and its mood. */
  after?: Map<string, number>
  stemAfter?: Map<string, number>
  classAfter?: Map<string, number>
  moodAfter?: Map<string, number>
  /** The pair features this token makes with the one after it, in pairFeatures' order, found once per pair. */
  pairs?: Map<TokenFeatures, readonly number[]>
}
const TOKEN_CACHE_LIMIT = 50_000
/** Token pairs remembered across texts, at most (then all the model's token features are read afresh). */
const PAIR_CACHE_LIMIT = 100_000
const NO_PAIRS: readonly number[] = []
const tokenFeatures = (model: CompiledModel, text: string): TokenFeatures => {
  let known = model.tokens.get(text)
  if (known) return known
  const word = featureWord(text)
  const stem = stemKey(word)
  const cls = wordClass(word)
  const mood = model.moods ? wordMood(word) : undefined
  const content = !FUNCTION_WORDS.has(word)
  const ids = [
    content ? model.words.get(word) : undefined,
    content && word !== '#' ? model.words.get(stem) : undefined,
    cls ? model.words.get(cls) : undefined,
    mood ? model.words.get(mood) : undefined,
    ...(model.subwords && content ? subwordKeys(word).map((gram) => model.words.get(gram)) : []),
  ].filter((id): id is number => id !== undefined)
  known = {
    word, stem, cls, mood, ids,
    after: model.pairs.get(word),
    stemAfter: model.pairs.get(stem),
    classAfter: cls ? model.pairs.get(cls) : undefined,
    moodAfter: mood ? model.pairs.get(mood) : undefined,
  }
  if (model.tokens.size >= TOKEN_CACHE_LIMIT || model.pairsCached >= PAIR_CACHE_LIMIT) {
    model.tokens.clear()
    model.pairsCached = 0
  }
  model.tokens.set(text, known)
  return known
}

/**
 * The pair features of two tokens in a row: their words, their stems, the word before the next one's class, the
 * previous one's class before the word, and the same for moods. Looked up once per pair of token texts, then kept:
 * six string lookups become one.
 */
const pairFeatures = (model: CompiledModel, previous: TokenFeatures, token: TokenFeatures): readonly number[] => {
  const known = previous.pairs?.get(token)
  if (known) return known
  const ids = [
    previous.after?.get(token.word),
    previous.stemAfter?.get(token.stem),
    token.cls ? previous.after?.get(token.cls) : undefined,
    previous.cls ? previous.classAfter?.get(token.word) : undefined,
    token.mood ? previous.after?.get(token.mood) : undefined,
    previous.mood ? previous.moodAfter?.get(token.word) : undefined,
  ].filter((id): id is number => id !== undefined)
  const pairs = ids.length === 0 ? NO_PAIRS : ids
  ;(previous.pairs ??= new Map()).set(token, pairs)
  model.pairsCached++
  return pairs
}

/** `z` plus the weights of the features among `ids` not yet counted in this reading, one by one; marks them counted (and lists them in `found`). */
const countUnseen = (model: CompiledModel, reading: number, ids: readonly number[], start: number, end: number, z: number, found?: Found[]): number => {
  const { seenIn, weight } = model
  for (const id of ids) {
    if (seenIn[id] === reading) continue
    seenIn[id] = reading
    z += weight[id]
    found?.push({ id, start, end })
  }
  return z
}

/**
 * The features of tokens first to next (exclusive), each counted once: the model's logit, and each feature with the
 * words that make it when `found` is given. The same keys as featureKeys (model/features.ts): words and their stems,
 * word pairs and stem pairs, lexicon classes and moods alone and beside a word, and character 4-grams.
 */
const readTokens = (model: CompiledModel, tokens: readonly Token[], first: number, next: number, found?: Found[]): number => {
  // Reading numbers start at 1, so a fresh seenIn (all 0) has seen nothing; a wrap-around clears it.
  if (++model.reads === 0xffffffff) {
    model.seenIn.fill(0)
    model.reads = 1
  }
  const reading = model.reads
  let z = model.bias
  let previous: TokenFeatures | undefined
  for (let t = first; t < next; t++) {
    const { text, start, end } = tokens[t]
    const token = tokenFeatures(model, text)
    z = countUnseen(model, reading, token.ids, start, end, z, found)
    if (previous !== undefined) z = countUnseen(model, reading, pairFeatures(model, previous, token), tokens[t - 1].start, end, z, found)
    previous = token
  }
  return z
}

/** A sentence's probability, and its features listed only when asked for (a reason or a category needs them; most sentences stay below the threshold). */
class Reading implements SentenceReading {
  private list?: Found[]
  constructor(
    readonly probability: number,
    private readonly model: CompiledModel,
    private readonly tokens: readonly Token[],
    private readonly first: number,
    private readonly next: number,
  ) {}
  get found(): Found[] {
    if (!this.list) readTokens(this.model, this.tokens, this.first, this.next, (this.list = []))
    return this.list
  }
}

/**
 * The model's reading of each sentence (skipped sentences are undefined): one cached lookup per token, then its pairs.
 * `skip` is told the sentence's index and its tokens (first to next, exclusive).
 */
export const readSentences = (
  model: CompiledModel, { sentences, tokens }: Pick<ScreenState, 'sentences' | 'tokens'>,
  skip: (index: number, first: number, next: number) => boolean = () => false,
): (SentenceReading | undefined)[] => {
  const readings: (SentenceReading | undefined)[] = []
  let from = 0
  sentences.forEach((sentence, index) => {
    const first = firstTokenFrom(tokens, sentence.start, from)
    let next = first
    while (next < tokens.length && tokens[next].start < sentence.end) next++
    from = next
    readings.push(skip(index, first, next) ? undefined : new Reading(sigmoid(readTokens(model, tokens, first, next)), model, tokens, first, next))
  })
  return readings
}

/**
 * The category, from one-vs-rest models trained on the training claims labelled by the category the
 * rules and cues give them (train.ts): cheap labels, and the category decides which mitigations apply
 * (a hidden-motive accusation is not excused by a source, a stop-treatment one not by "I").
 */
export const categoryOf = (model: CompiledModel, found: readonly Found[]): ClaimCategory => {
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

/**
 * A model signal's score runs from MIN_SCORE (the default hold threshold) at the phase's threshold to MAX_SCORE
 * at probability 1, below the rules' high-severity 0.9: a borderline reading is held only while nothing
 * lowers it (a weak hedge, x0.8, takes it under), a confident one survives a weak hedge.
 */
const MIN_SCORE = 0.5
const MAX_SCORE = 0.9
export const modelScore = (probability: number, threshold: number): number =>
  Math.round((MIN_SCORE + ((MAX_SCORE - MIN_SCORE) * (probability - threshold)) / (1 - threshold)) * 1000) / 1000

/** Words named in a reason. */
const REASON_WORDS = 3
const MAX_QUOTE = 100
const shorten = (quote: string): string => (quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1).trimEnd()}…` : quote)

/** Why the model spoke on one sentence, for its signal: where the sentence ends, its quote, its cue (the strongest feature) and the words named. */
export interface ReadingExplained { end: number; quote: string; cue?: { start: number; end: number }; named: Found[]; words: string[] }

export const explainReading = (model: CompiledModel, reading: SentenceReading, sentence: Sentence, original: string, norm: NormalisedText): ReadingExplained => {
  let end = sentence.end
  while (end > sentence.start && /\s/.test(norm.text[end - 1])) end--
  const strongest = reading.found.filter(({ id }) => model.weight[id] > 0 && !model.functionOnly[id]).sort((a, b) => model.weight[b.id] - model.weight[a.id] || a.start - b.start)
  // Named once each: "fluoride in" is not named beside "fluoride".
  const named: Found[] = []
  for (const feature of strongest) {
    if (named.length === REASON_WORDS) break
    if (!named.some((other) => other.start < feature.end && feature.start < other.end)) named.push(feature)
  }
  return {
    end,
    quote: shorten(quoteOriginal(original, norm, sentence.start, end)),
    cue: strongest[0] && { start: strongest[0].start, end: strongest[0].end },
    named,
    words: named.map(({ start, end: to }) => `'${quoteOriginal(original, norm, start, to)}'`),
  }
}
