/**
 * Lexicon entries are lower-case regex fragments written against normalised text (lower-case, single
 * spaces, apostrophes removed: "don't" is "dont"). These helpers turn lists into word-bounded alternations.
 */
export const anyOf = (entries: readonly string[]): string =>
  `(?:${[...entries].sort((a, b) => b.length - a.length).join('|')})`

export const wordsRegex = (entries: readonly string[], flags = 'g'): RegExp =>
  new RegExp(`\\b${anyOf(entries)}\\b`, flags)

export interface Match { start: number; end: number; text: string }

/** Every match of a global regex in `text`, with offsets shifted by `offset`. */
export const findAll = (regex: RegExp, text: string, offset = 0): Match[] => {
  const found: Match[] = []
  regex.lastIndex = 0
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++
      continue
    }
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] })
  }
  return found
}

export const findFirst = (regex: RegExp, text: string, offset = 0): Match | undefined => {
  regex.lastIndex = 0
  const m = regex.exec(text)
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] } : undefined
}
