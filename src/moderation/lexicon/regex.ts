/**
 * Lexicon entries are lower-case regex fragments written against normalised text (lower-case, single
 * spaces, apostrophes removed: "don't" is "dont"). These helpers turn lists into word-bounded alternations.
 */
export const anyOf = (entries: readonly string[]): string =>
  `(?:${[...entries].sort((a, b) => b.length - a.length).join('|')})`

export const wordsRegex = (entries: readonly string[], flags = 'g'): RegExp =>
  new RegExp(`\\b${anyOf(entries)}\\b`, flags)

export interface Match { start: number; end: number; text: string }

/** Every match of a global regex in `text` from index `from` on, with offsets shifted by `offset`. */
export const findAll = (regex: RegExp, text: string, offset = 0, from = 0): Match[] => {
  const found: Match[] = []
  regex.lastIndex = from
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++
      continue
    }
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] })
  }
  return found
}

export const findFirst = (regex: RegExp, text: string, offset = 0, from = 0): Match | undefined => {
  regex.lastIndex = from
  const m = regex.exec(text)
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] } : undefined
}

/** Whether global `regex` matches `text` at or after `from`. */
export const matchesFrom = (regex: RegExp, text: string, from = 0): boolean => {
  regex.lastIndex = from
  return regex.test(text)
}

/**
 * Where global `scan` (whose alternatives are those of several patterns) first matches, or -1. None of
 * the patterns matches earlier, so each of them need only be tried from there on (see matchStarts).
 */
export const firstMatchStart = (scan: RegExp, text: string): number => {
  scan.lastIndex = 0
  return scan.exec(text)?.index ?? -1
}

/**
 * Every position where global `scan` (whose alternatives are those of several patterns) matches. No
 * pattern can match anywhere else, so when the patterns are rare, trying each one only there (findAllAt)
 * costs one scan of the text instead of one scan per pattern.
 */
export const matchStarts = (scan: RegExp, text: string): number[] => {
  const starts: number[] = []
  scan.lastIndex = 0
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    starts.push(m.index)
    scan.lastIndex = m.index + 1
  }
  return starts
}

/** findAll(regex, text) when every match starts at one of `starts` (ascending); `sticky` has the 'y' flag. */
export const findAllAt = (sticky: RegExp, text: string, starts: readonly number[]): Match[] => {
  const found: Match[] = []
  let from = 0
  for (const at of starts) {
    if (at < from) continue
    sticky.lastIndex = at
    const m = sticky.exec(text)
    if (!m || m[0].length === 0) continue
    found.push({ start: at, end: at + m[0].length, text: m[0] })
    from = at + m[0].length
  }
  return found
}

/** The top-level alternatives of a regex source: "a|(b|c)|[|]" gives ["a", "(b|c)", "[|]"]. */
export const topLevelAlternatives = (source: string): string[] => {
  const alternatives: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') i++
    else if (inClass) inClass = ch !== ']'
    else if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(from, i))
      from = i + 1
    }
  }
  alternatives.push(source.slice(from))
  return alternatives
}

/**
 * Joins regex sources into one alternation behind a single leading \b when every alternative starts
 * with \b. The alternatives keep their order, so the matches are the same as for the plain join, but
 * V8 scans one \b(?:...) group several times faster than a list of separately anchored alternatives.
 */
export const hoistWordBoundary = (sources: readonly string[]): string => {
  const alternatives = sources.flatMap(topLevelAlternatives)
  if (!alternatives.every((alternative) => alternative.startsWith('\\b'))) return alternatives.join('|')
  return `\\b(?:${alternatives.map((alternative) => alternative.slice(2)).join('|')})`
}
