import type { Phase, Sentence, Token } from '../state'

/**
 * Claims are judged sentence by sentence (ClaimBuster), and mitigations such as a question mark or a
 * debunking frame only cover the sentence they sit in. A sentence ends at . ! ? (runs included) followed
 * by a space or the end, or at a line break; "e.g." and "4.2" stay inside their sentence.
 */
const SENTENCE = /[^\n]*?(?:[.!?]+(?=\s|$)|\n|$)/g

export const splitSentences = (text: string): Sentence[] => {
  const sentences: Sentence[] = []
  SENTENCE.lastIndex = 0
  for (let m = SENTENCE.exec(text); m && m.index < text.length; m = SENTENCE.exec(text)) {
    if (m[0].length === 0) {
      SENTENCE.lastIndex++
      continue
    }
    let start = m.index
    while (start < m.index + m[0].length && text[start] === ' ') start++
    const end = m.index + m[0].length
    if (end > start) sentences.push({ start, end, text: text.slice(start, end) })
  }
  if (sentences.length === 0) sentences.push({ start: 0, end: text.length, text })
  return sentences
}

const isWordCharacter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

/** Runs of [a-z0-9]; a character loop, as a regex exec per token cost more than the tokens themselves. */
export const tokenise = (text: string): Token[] => {
  const tokens: Token[] = []
  for (let at = 0; at < text.length; at++) {
    if (!isWordCharacter(text.charCodeAt(at))) continue
    const start = at
    while (at + 1 < text.length && isWordCharacter(text.charCodeAt(at + 1))) at++
    tokens.push({ start, end: at + 1, text: text.slice(start, at + 1) })
  }
  return tokens
}

export const segment: Phase = ({ norm }) => ({ sentences: splitSentences(norm.text), tokens: tokenise(norm.text) })
