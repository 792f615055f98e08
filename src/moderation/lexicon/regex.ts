/**
 * Lexicon entries are lower-case regex fragments written against normalised text (lower-case, single
 * spaces, apostrophes removed: "don't" is "dont"). These helpers turn lists into word-bounded alternations.
 */
/**
 * Longest entries first, then factored by first letter: "(?:c(?:ancer|olds)|d(?:iabetes|ementia))". V8 tries
 * every alternative of a plain list at each position; factored, it tries only those that start with the letter
 * there, which makes the long lexicon lists cheaper to scan. An entry that opens with a regex construct (a group,
 * a class, an escape or a quantified letter) may start with any letter, so it stays whole where it stands and
 * the runs of plain entries between such entries are factored each on their own: the order in which alternatives
 * are tried, and so every match, is that of the plain list.
 */
export const anyOf = (entries: readonly string[]): string => {
  const out: string[] = []
  let run = new Map<string, string[]>()
  const flush = () => {
    for (const [letter, rests] of run) out.push(rests.length === 1 ? letter + rests[0] : `${letter}(?:${rests.join('|')})`)
    run = new Map()
  }
  for (const entry of [...entries].sort((a, b) => b.length - a.length)) {
    if (/^[a-z0-9]/.test(entry) && !/^.[?*+{]/.test(entry) && topLevelAlternatives(entry).length === 1) {
      const rests = run.get(entry[0]) ?? []
      rests.push(entry.slice(1))
      run.set(entry[0], rests)
    } else {
      flush()
      out.push(entry)
    }
  }
  flush()
  return `(?:${out.join('|')})`
}

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

/** Index of the parenthesis that closes the group opened at `open` (escapes and classes skipped). */
const closingParenthesis = (source: string, open: number): number => {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return source.length
}

/**
 * The source without its lookarounds ((?=...), (?!...), (?<=...), (?<!...)). Each one only narrows where an
 * alternative matches, so the stripped source matches wherever the original does (and maybe more): a looser
 * prefilter for finding where cues may start, and a much shorter one where a lookahead embeds a long list.
 */
export const withoutLookarounds = (source: string): string => {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '')
      i++
      continue
    }
    if (inClass) {
      inClass = ch !== ']'
      out += ch
      continue
    }
    if (ch === '[') inClass = true
    if (ch === '(' && /^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4))) {
      i = closingParenthesis(source, i)
      continue
    }
    out += ch
  }
  return out
}

/** An alternative without its lookarounds when that is still a valid regex ("(?=x)?" would leave a bare "?"). */
const looser = (alternative: string): string => {
  const loose = withoutLookarounds(alternative)
  try {
    new RegExp(loose)
    return loose
  } catch {
    return alternative
  }
}

/**
 * V8 stops optimising a regex whose source passes 20 KB (kRegExpTooLargeToOptimize): past it, a combined
 * scan ran five to ten times slower than two halves. Combined scans are kept under this size.
 */
export const MAX_SCAN_SOURCE = 16_000

/**
 * One or more scans, each a hoistWordBoundary join under MAX_SCAN_SOURCE characters, that together hold the
 * alternatives of `sources`, loosened (lookarounds dropped): wherever one of `sources` matches, one of the scans
 * matches at the same place. They are prefilters: what they find is then checked by the exact patterns.
 */
export const combinedScans = (sources: readonly string[], flags = 'g'): RegExp[] => {
  const groups: string[][] = [[]]
  let length = 0
  const alternatives = sources.flatMap(topLevelAlternatives).map(looser)
  // Alternatives with no leading \b (an emoji, a currency sign) go last, so they share a scan only with each other:
  // one of them in a group would keep hoistWordBoundary from giving the whole group its single leading \b.
  const bounded = (alternative: string) => alternative.startsWith('\\b')
  for (const alternative of [...alternatives.filter(bounded), ...alternatives.filter((alternative) => !bounded(alternative))]) {
    if (!bounded(alternative) && groups[groups.length - 1].length > 0 && bounded(groups[groups.length - 1][0])) {
      groups.push([])
      length = 0
    }
    if (length + alternative.length + 1 > MAX_SCAN_SOURCE && groups[groups.length - 1].length > 0) {
      groups.push([])
      length = 0
    }
    groups[groups.length - 1].push(alternative)
    length += alternative.length + 1
  }
  return groups.map((group) => new RegExp(hoistWordBoundary(group), flags))
}

/** The top-level atoms of a regex source without alternation ("\\bab(?:c|d)? [x-z]" gives "\\b", "a", "b", "(?:c|d)?", " ", "[x-z]"). */
const topLevelAtoms = (source: string): string[] => {
  const atoms: string[] = []
  let i = 0
  while (i < source.length) {
    const start = i
    const ch = source[i]
    if (ch === '\\') i += source[i + 1] === 'u' ? 6 : source[i + 1] === 'x' ? 4 : 2
    else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      i++
    } else if (ch === '(') i = closingParenthesis(source, i) + 1
    else i++
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i))
    if (quantifier) i += quantifier[0].length
    atoms.push(source.slice(start, i))
  }
  return atoms
}

/** An atom that opens with almost any word ("\\w+", "(?: \\w+){0,4}?", "(?:[\\w-]+ ){0,2}?", "."): a cue's head ends before it. */
const WILDCARD_ATOM = /^(?:\(\?:)? ?(?:\\[wWS]|\[\\w|\[\^|\.)/

/**
 * The head of one alternative: its leading atoms up to the first wildcard ("\\b(?:heal|fix)(?:s|ed)?" of
 * "\\b(?:heal|fix)(?:s|ed)?(?: \\w+){0,4}? (?:completely|for good)"). Wherever the alternative matches, its head
 * matches at the same place, so heads find every place a cue may start, with far less to try at each. An
 * alternative that opens with a wildcard is its own head.
 */
const headOf = (alternative: string): string => {
  const atoms = topLevelAtoms(alternative)
  let kept = 0
  while (kept < atoms.length && atoms[kept] === '\\b') kept++
  if (kept === atoms.length || WILDCARD_ATOM.test(atoms[kept])) return alternative
  while (kept < atoms.length && !WILDCARD_ATOM.test(atoms[kept])) kept++
  const head = atoms.slice(0, kept).join('')
  try {
    new RegExp(head)
    return head
  } catch {
    return alternative
  }
}

/**
 * combinedScans of the alternatives' heads (headOf), each once: scans that match at least wherever one of
 * `sources` does, for finding every place where one of them may start (matchStartsIn).
 */
export const headScans = (sources: readonly string[], flags = 'g'): RegExp[] =>
  combinedScans([...new Set(sources.flatMap(topLevelAlternatives).map(looser).map(headOf))], flags)

/** firstMatchStart over several scans: the earliest start any of them finds, or -1. */
export const firstMatchStartIn = (scans: readonly RegExp[], text: string): number => {
  let first = -1
  for (const scan of scans) {
    const at = firstMatchStart(scan, text)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** matchStarts over several scans: every position any of them matches, ascending and each once. */
export const matchStartsIn = (scans: readonly RegExp[], text: string): number[] => {
  if (scans.length === 1) return matchStarts(scans[0], text)
  return [...new Set(scans.flatMap((scan) => matchStarts(scan, text)))].sort((a, b) => a - b)
}
