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

/**
 * The normalised text stays within Latin-1, which V8 stores one byte per character. V8 compiles a regex to native
 * code once per string width, so a single comment with an emoji or a curly quote used to make it compile every pattern
 * of the engine a second time, for two-byte strings: some 40 MB more code, and a stall of about 300 ms on the first
 * such comment. A character beyond Latin-1 that a pattern names gets a stand-in of its own among the C1 control
 * characters (which the original text's own are dropped to make room for); every other one reads as OTHER_SYMBOL.
 * Patterns that name such characters are written with them and translated by `latin1Pattern` / `latin1Source`.
 */
const NAMED_SYMBOLS = ['€', '★', '⭐', '👉', '🐍', '🐀', '🐷', '🤡', '😂', '🤣', '😘', '❤', '♥', '🖕']
const STAND_IN = new Map(NAMED_SYMBOLS.map((symbol, index) => [symbol.codePointAt(0)!, String.fromCharCode(0x80 + index)]))
export const OTHER_SYMBOL = '\x9f'
const C1_CONTROL = /[\x80-\x9f]/

/** Beyond Latin-1, literally or as a \u escape: what latin1Source translates. */
const WIDE_IN_SOURCE = /\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|[^\x00-\xff]/gu
const escaped = (ch: string) => `\\x${ch.charCodeAt(0).toString(16)}`
/**
 * A regex source for the normalised text: the characters it names beyond Latin-1 become their stand-ins. The engine's
 * own patterns may name only NAMED_SYMBOLS (anything else is a mistake, thrown at load); a moderator's pattern
 * (`unnamed: 'other'`) may name any, and an unnamed one matches whatever OTHER_SYMBOL stands for.
 */
export const latin1Source = (source: string, unnamed: 'throw' | 'other' = 'throw'): string =>
  source.replace(WIDE_IN_SOURCE, (found, braced?: string, plain?: string) => {
    const code = braced ?? plain ? parseInt((braced ?? plain)!, 16) : found.codePointAt(0)!
    if (code <= 0xff) return found
    const standIn = STAND_IN.get(code)
    if (standIn) return escaped(standIn)
    if (unnamed === 'other') return escaped(OTHER_SYMBOL)
    throw new Error(`latin1Source: no stand-in for U+${code.toString(16)} (add it to NAMED_SYMBOLS)`)
  })
export const latin1Pattern = (regex: RegExp): RegExp => new RegExp(latin1Source(regex.source), regex.flags)

/** Each code point of `folded` within Latin-1, as described above. */
const toLatin1 = (folded: string): string => {
  let out = ''
  for (const ch of folded) {
    const code = ch.codePointAt(0)!
    if (code <= 0xff) out += C1_CONTROL.test(ch) ? '' : ch
    else out += STAND_IN.get(code) ?? OTHER_SYMBOL
  }
  return out
}

/** Folds one non-ASCII character (ASCII is lower-cased in runs by normaliseText) into Latin-1. */
const foldCharacter = (ch: string): string => {
  if (PUNCTUATION_FOLD[ch]) return PUNCTUATION_FOLD[ch]
  let folded = ''
  for (const part of ch.normalize('NFKD')) if (!COMBINING_MARK.test(part)) folded += part
  return toLatin1(folded.toLowerCase())
}

/**
 * A one-byte copy of `text` (every character of which is within Latin-1): pieces sliced from a two-byte original
 * stay two-byte in V8 even when they hold ASCII only, and so would the text joined from them.
 */
const oneByte = (text: string): string => {
  const codes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
  let out = ''
  // In chunks: apply() passes every code as an argument.
  for (let at = 0; at < codes.length; at += 8192) out += String.fromCharCode.apply(null, codes.subarray(at, at + 8192) as unknown as number[])
  return out
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
  /** Whether the original has characters beyond Latin-1 (and so is a two-byte string). */
  let wide = false
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
    wide ||= code > 0xff
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
  const text = pieces.join('')
  return correctMisspellings(offsets.finish(wide ? oneByte(text) : text))
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
