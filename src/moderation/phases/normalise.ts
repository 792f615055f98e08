import type { NormalisedText, Phase } from '../state'
import { correctSpelling } from '../lexicon/spelling'
import { findAll, type Match } from '../lexicon/regex'

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

/** Folds one non-ASCII character (ASCII is lower-cased in runs by normaliseText). */
const foldCharacter = (ch: string): string => {
  if (PUNCTUATION_FOLD[ch]) return PUNCTUATION_FOLD[ch]
  let folded = ''
  for (const part of ch.normalize('NFKD')) if (!COMBINING_MARK.test(part)) folded += part
  return folded.toLowerCase()
}

/** ASCII characters that normalisation drops (apostrophe, backtick) or turns into a space (whitespace). */
const isSpecialAscii = (code: number): boolean => code === 39 || code === 96 || code === 32 || (code >= 9 && code <= 13)
/** ASCII that passes through normalisation unchanged apart from its case. */
const isPlainAscii = (code: number): boolean => code < 0x80 && !isSpecialAscii(code)

/** Growable pair of offset arrays: typed, so filling and copying them costs next to nothing. */
class OffsetBuilder {
  start: Int32Array
  end: Int32Array
  length = 0
  constructor(capacity: number) {
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
  }
  private reserve(extra: number) {
    if (this.length + extra <= this.start.length) return
    const capacity = Math.max(this.start.length * 2, this.length + extra)
    const start = new Int32Array(capacity)
    const end = new Int32Array(capacity)
    start.set(this.start.subarray(0, this.length))
    end.set(this.end.subarray(0, this.length))
    this.start = start
    this.end = end
  }
  /** `count` normalised characters that all come from original range [from, to). */
  repeat(from: number, to: number, count: number) {
    this.reserve(count)
    this.start.fill(from, this.length, this.length + count)
    this.end.fill(to, this.length, this.length + count)
    this.length += count
  }
  /** Normalised characters that map one to one onto original characters [from, to). */
  identity(from: number, to: number) {
    this.reserve(to - from)
    for (let i = from; i < to; i++) {
      this.start[this.length] = i
      this.end[this.length++] = i + 1
    }
  }
  /** Copies entries [from, to) of another map. */
  copy(source: NormalisedText, from: number, to: number) {
    this.reserve(to - from)
    this.start.set(source.origStart.subarray(from, to), this.length)
    this.end.set(source.origEnd.subarray(from, to), this.length)
    this.length += to - from
  }
  finish(text: string): NormalisedText {
    return { text, origStart: this.start.subarray(0, this.length), origEnd: this.end.subarray(0, this.length) }
  }
}

/**
 * One pass over the original text. Runs of ordinary ASCII, including the single spaces between words,
 * are copied as one slice of the lower-cased text: building the result character by character
 * dominated the cost of long comments. Other characters are folded one code point at a time.
 */
export const normaliseText = (original: string): NormalisedText => {
  const pieces: string[] = []
  const offsets = new OffsetBuilder(original.length + 16)
  let pendingSpaceAt = -1
  let pendingNewline = false
  const flushPendingSpace = () => {
    if (pendingSpaceAt >= 0 && offsets.length > 0) {
      pieces.push(pendingNewline ? '\n' : ' ')
      offsets.repeat(pendingSpaceAt, pendingSpaceAt + 1, 1)
    }
    pendingSpaceAt = -1
    pendingNewline = false
  }
  for (let at = 0; at < original.length; ) {
    const code = original.charCodeAt(at)
    if (code < 0x80) {
      if (code === 39 || code === 96) at++
      else if (isSpecialAscii(code)) {
        if (pendingSpaceAt < 0) pendingSpaceAt = at
        pendingNewline ||= code === 10 || code === 13
        at++
      } else {
        // A lone space between two plain characters normalises to itself, so it joins the run.
        let end = at + 1
        for (;;) {
          const next = original.charCodeAt(end)
          if (isPlainAscii(next)) end++
          else if (next === 32 && isPlainAscii(original.charCodeAt(end + 1))) end += 2
          else break
        }
        flushPendingSpace()
        pieces.push(original.slice(at, end).toLowerCase())
        offsets.identity(at, end)
        at = end
      }
      continue
    }
    const width = (original.codePointAt(at) ?? 0) > 0xffff ? 2 : 1
    const ch = original.slice(at, at + width)
    const from = at
    at += width
    if (ZERO_WIDTH.test(ch) || APOSTROPHES.test(ch)) continue
    if (/\s/.test(ch)) {
      if (pendingSpaceAt < 0) pendingSpaceAt = from
      continue
    }
    const folded = foldCharacter(ch)
    if (!folded) continue
    flushPendingSpace()
    pieces.push(folded)
    // One entry per UTF-16 unit of the output, so offsets stay aligned after astral characters (emoji).
    offsets.repeat(from, at, folded.length)
  }
  return correctMisspellings(offsets.finish(pieces.join('')))
}

const LONG_WORD = /\b[a-z]{6,}\b/g

/** Rewrites misspelled vocabulary words; every character of a correction maps to the whole original word. */
const correctMisspellings = (norm: NormalisedText): NormalisedText => {
  const corrections: { start: number; end: number; correction: string }[] = []
  for (const word of findAll(LONG_WORD, norm.text)) {
    const correction = correctSpelling(word.text)
    if (correction) corrections.push({ start: word.start, end: word.end, correction })
  }
  if (corrections.length === 0) return norm
  const pieces: string[] = []
  const offsets = new OffsetBuilder(norm.text.length + corrections.length)
  let copied = 0
  for (const { start, end, correction } of corrections) {
    pieces.push(norm.text.slice(copied, start), correction)
    offsets.copy(norm, copied, start)
    offsets.repeat(norm.origStart[start], norm.origEnd[end - 1], correction.length)
    copied = end
  }
  pieces.push(norm.text.slice(copied))
  offsets.copy(norm, copied, norm.text.length)
  return offsets.finish(pieces.join(''))
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

/**
 * Passages of the original text in quotation marks: 'cured my RA' quoted is being reported, usually to be
 * rejected, and 'lazy pigs' quoted is an insult mentioned, not hurled. An apostrophe between letters ('they
 * don't want you to know') stays inside the quotation.
 */
const QUOTED = /(?:^|[\s(:])['"\u2018\u201c]((?:[^'"\u2019\u201d\n]|(?<=[A-Za-z])['\u2019](?=[A-Za-z])){3,100})['"\u2019\u201d](?=[\s.,;:!?)]|$)/g
export const quotedPassages = (original: string): Match[] => findAll(QUOTED, original)
/** Whether normalised range `range` lies inside one of `quotes` (found in the original text). */
export const isQuoted = (quotes: readonly Match[], norm: NormalisedText, range: { start: number; end: number }): boolean => {
  const { start, end } = originalRange(norm, range.start, range.end)
  return quotes.some((quote) => quote.start <= start && end <= quote.end)
}
