import type { NormalisedText, Phase } from '../state'
import { correctSpelling } from '../lexicon/spelling'

/**
 * Everything downstream matches against one normalised text: compatibility-folded (NFKD, which includes
 * NFKC's folding, plus dropping combining marks so "ïdiot" reads "idiot"), lower-case, zero-width
 * characters and apostrophes removed ("don't" and "dont" read alike), whitespace runs collapsed, and
 * one-typo misspellings of the engine's vocabulary corrected. Each normalised character remembers the
 * original range it came from, so spans can quote the original text exactly.
 */
const ZERO_WIDTH = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/
const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u0060\u00b4]/
const COMBINING_MARK = /\p{M}/u
const PUNCTUATION_FOLD: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2026': '...',
}

const foldCharacter = (ch: string): string => {
  const code = ch.charCodeAt(0)
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch
  if (PUNCTUATION_FOLD[ch]) return PUNCTUATION_FOLD[ch]
  let folded = ''
  for (const part of ch.normalize('NFKD')) if (!COMBINING_MARK.test(part)) folded += part
  return folded.toLowerCase()
}

export const normaliseText = (original: string): NormalisedText => {
  let text = ''
  const origStart: number[] = []
  const origEnd: number[] = []
  let pendingSpace: { at: number; newline: boolean } | undefined
  let index = 0
  for (const ch of original) {
    const at = index
    index += ch.length
    const code = ch.charCodeAt(0)
    const ascii = code < 0x80
    if (ascii ? code === 39 || code === 96 : ZERO_WIDTH.test(ch) || APOSTROPHES.test(ch)) continue
    if (ascii ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(ch)) {
      const newline = ch === '\n' || ch === '\r'
      pendingSpace = pendingSpace ? { at: pendingSpace.at, newline: pendingSpace.newline || newline } : { at, newline }
      continue
    }
    const folded = foldCharacter(ch)
    if (!folded) continue
    if (pendingSpace && text.length > 0) {
      text += pendingSpace.newline ? '\n' : ' '
      origStart.push(pendingSpace.at)
      origEnd.push(pendingSpace.at + 1)
    }
    pendingSpace = undefined
    for (const out of folded) {
      text += out
      origStart.push(at)
      origEnd.push(at + ch.length)
    }
  }
  return correctMisspellings({ text, origStart, origEnd })
}

/** Rewrites misspelled vocabulary words; every character of a correction maps to the whole original word. */
const correctMisspellings = (norm: NormalisedText): NormalisedText => {
  const word = /\b[a-z]{6,}\b/g
  let text = ''
  const origStart: number[] = []
  const origEnd: number[] = []
  let copied = 0
  for (let m = word.exec(norm.text); m; m = word.exec(norm.text)) {
    const correction = correctSpelling(m[0])
    if (!correction) continue
    const end = m.index + m[0].length
    text += norm.text.slice(copied, m.index) + correction
    origStart.push(...norm.origStart.slice(copied, m.index))
    origEnd.push(...norm.origEnd.slice(copied, m.index))
    for (let i = 0; i < correction.length; i++) {
      origStart.push(norm.origStart[m.index])
      origEnd.push(norm.origEnd[end - 1])
    }
    copied = end
  }
  if (copied === 0) return norm
  text += norm.text.slice(copied)
  origStart.push(...norm.origStart.slice(copied))
  origEnd.push(...norm.origEnd.slice(copied))
  return { text, origStart, origEnd }
}

/** The original text behind normalised range [start, end). */
export const originalRange = (norm: NormalisedText, start: number, end: number): { start: number; end: number } => ({
  start: norm.origStart[start],
  end: norm.origEnd[Math.max(start, end - 1)],
})

export const normalise: Phase = (state) => ({ norm: normaliseText(state.original) })

/** The original wording behind a normalised range, for quoting in reasons a moderator reads. */
export const quoteOriginal = (original: string, norm: NormalisedText, start: number, end: number): string => {
  const range = originalRange(norm, start, end)
  return original.slice(range.start, range.end)
}
