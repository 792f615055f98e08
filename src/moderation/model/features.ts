import type { Sentence, Token } from '../state'

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

/** Every feature key of a run of words, each once, in first-seen order. */
export const featureKeys = (words: readonly string[]): string[] => {
  const keys = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    if (!FUNCTION_WORDS.has(words[i])) keys.add(words[i])
    if (i + 1 < words.length) keys.add(bigramKey(words[i], words[i + 1]))
  }
  return [...keys]
}
