/**
 * Lexicon entries are lower-case regex fragments written against normalised text (lower-case, single
 * spaces, apostrophes removed: "don't" is "dont"). These helpers turn lists into word-bounded alternations.
 */
/**
 * Longest entries first, then arranged as an orderedTree: "(?:c(?:ancer|olds)|d(?:iabetes|ementia))". V8 tries every
 * alternative of a plain list at each position; arranged so, it tries only those that start with the letter there,
 * which makes the long lexicon lists cheaper to scan, and every match is that of the plain list.
 */
export const anyOf = (entries: readonly string[]): string => alternation([...entries].sort((a, b) => b.length - a.length))

/** "(?:...)" of the alternatives as an orderedTree, or as the plain list where spelt-out tails make the tree longer than V8 optimises (MAX_SCAN_SOURCE). */
const alternation = (alternatives: readonly string[]): string => {
  const plain = `(?:${alternatives.join('|')})`
  const tree = `(?:${orderedTree(alternatives)})`
  return tree.length <= Math.max(MAX_SCAN_SOURCE, plain.length) ? tree : plain
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

/**
 * The matches of sticky `sticky` at `starts` (ascending), skipping overlaps as a scan does: what a global scan finds,
 * when every match starts at one of them. Starts whose character no match can open with (leadingCharacters) are
 * skipped without a try. `first` stops at the first match.
 */
export const execAllAt = (sticky: RegExp, text: string, starts: readonly number[], first = false): RegExpExecArray[] => {
  const leading = leadingCharacters(sticky)
  const found: RegExpExecArray[] = []
  let from = 0
  for (const at of starts) {
    if (at < from || (leading !== undefined && leading[text.charCodeAt(at)] !== 1)) continue
    sticky.lastIndex = at
    const m = sticky.exec(text)
    if (!m || m[0].length === 0) continue
    found.push(m)
    if (first) break
    from = at + m[0].length
  }
  return found
}

const asMatch = (m: RegExpExecArray): Match => ({ start: m.index, end: m.index + m[0].length, text: m[0] })
/** findAll(regex, text) when every match starts at one of `starts` (ascending); `sticky` has the 'y' flag. */
export const findAllAt = (sticky: RegExp, text: string, starts: readonly number[]): Match[] => execAllAt(sticky, text, starts).map(asMatch)
/** findFirst(regex, text) when every match starts at one of `starts`, as findAllAt tries them. */
export const findFirstAt = (sticky: RegExp, text: string, starts: readonly number[]): Match | undefined => execAllAt(sticky, text, starts, true).map(asMatch)[0]

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
 * with \b. The alternatives keep their order (an orderedTree), so the matches are the same as for the plain
 * join, but V8 scans one \b(?:...) group several times faster than a list of separately anchored alternatives.
 */
export const hoistWordBoundary = (sources: readonly string[]): string => {
  const alternatives = sources.flatMap(topLevelAlternatives)
  if (!alternatives.every((alternative) => alternative.startsWith('\\b'))) return alternatives.join('|')
  return `\\b${alternation(alternatives.map((alternative) => alternative.slice(2)))}`
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
 * V8 stops optimising a regex whose source passes 20 KB, 20,480 characters (kRegExpTooLargeToOptimize): past it, a
 * combined scan ran five to ten times slower than two halves. Combined scans and the trees of exact alternations are
 * kept under this size, a little below the limit (at 16,000, two more scans and a plain 16 KB denial list cost the
 * claim cues 5% more).
 */
export const MAX_SCAN_SOURCE = 19_500

/**
 * One or more scans, each under MAX_SCAN_SOURCE characters, that together hold the alternatives of `sources`,
 * loosened (lookarounds dropped): wherever one of `sources` matches, one of the scans matches at the same place.
 * They are prefilters: what they find is then checked by the exact patterns. Alternatives that open with \b share
 * that one \b and are opened up and arranged as prefix trees (prefixTree), sorted so that alternatives with the same
 * leading letters land in the same tree; the few without (an emoji, a currency sign) are joined in scans of their own.
 */
export const combinedScans = (sources: readonly string[], flags = 'g'): RegExp[] => {
  const alternatives = sources.flatMap(topLevelAlternatives).map(looser)
  const bounded = (alternative: string) => alternative.startsWith('\\b')
  const opened = [...new Set(alternatives.filter(bounded).flatMap((alternative) => openings(alternative.slice(2))))].sort()
  const trees = chunksOf(opened).flatMap((chunk) => boundedTrees(chunk))
  const others = chunksOf(alternatives.filter((alternative) => !bounded(alternative))).map((chunk) => chunk.join('|'))
  return [...trees, ...others].map((source) => new RegExp(source, flags))
}

/**
 * `\\b` and the prefix tree of `alternatives` (already opened), halved until each tree is under MAX_SCAN_SOURCE (shared
 * prefixes usually shrink a chunk). The halves share `subtrees`, so a branch is built once.
 */
const boundedTrees = (alternatives: readonly string[], subtrees = new Map<string, string>()): string[] => {
  const source = `\\b${branchTree(alternatives, false, subtrees)}`
  if (source.length <= MAX_SCAN_SOURCE || alternatives.length === 1) return [source]
  const half = Math.ceil(alternatives.length / 2)
  return [...boundedTrees(alternatives.slice(0, half), subtrees), ...boundedTrees(alternatives.slice(half), subtrees)]
}

/** Consecutive runs of `alternatives` whose joined source stays under MAX_SCAN_SOURCE characters. */
const chunksOf = (alternatives: readonly string[]): string[][] => {
  const chunks: string[][] = []
  let length = Infinity
  for (const alternative of alternatives) {
    if (length + alternative.length + 1 > MAX_SCAN_SOURCE) {
      chunks.push([])
      length = 0
    }
    chunks[chunks.length - 1].push(alternative)
    length += alternative.length + 1
  }
  return chunks
}

/** A character that stands for itself in a regex source outside a class. */
const PLAIN_CHARACTER = /^[a-z0-9 &'",%-]$/
/** An alternative's openings may spell out its tail once per branch, up to this many characters in all. */
const MAX_OPENINGS_SOURCE = 4000
/** ... and in at most this many alternatives (nested optional groups would otherwise double them again and again). */
const MAX_OPENINGS = 400

/**
 * The alternative rewritten as alternatives that together match exactly where it matches, opened up as far as they
 * go: a leading non-capturing group is spread over its alternatives ("(?:heal|fix)s?" gives "heals?" and "fixs?"),
 * and a leading optional character or group becomes two alternatives, with it and without it. What opens with
 * anything else (a class, an escape, a lookaround) stays as it is, and so does the whole alternative when its
 * openings would pass MAX_OPENINGS or MAX_OPENINGS_SOURCE. An empty string stands for the empty alternative.
 */
const openings = (alternative: string, loosen = true): string[] => {
  const fits = (opened: string[]) =>
    opened.length <= MAX_OPENINGS && opened.reduce((length, opening) => length + opening.length, 0) <= Math.max(MAX_OPENINGS_SOURCE, 2 * alternative.length)
  const opened = open(alternative)
  if (fits(opened)) return opened
  if (!loosen) return [alternative]
  // Too long spelt out in full: shorten the openings to their first atoms, which still match wherever they did.
  for (const limit of [160, 80, 40, 20]) {
    const shortened = [...new Set(opened.map((opening) => leadingAtoms(opening, limit)))]
    if (fits(shortened)) return shortened
  }
  return [alternative]
}

const opensWithPlainCharacter = (source: string): boolean => PLAIN_CHARACTER.test(source[0] ?? '') && !/^.[?*+{]/.test(source)

/**
 * An alternation that matches exactly as `alternatives` joined in order do (the same match at every position), arranged
 * as a tree by leading characters where that keeps the order: alternatives that open with different characters cannot
 * both match at one position, so within a run of such alternatives those with the same first character are gathered
 * behind it, in their order ("ab|cd|ax" is "a(?:b|x)|cd"). An alternative that may open with any character (a class,
 * an escape, a lookaround) ends the run and stays where it is.
 */
export const orderedTree = (alternatives: readonly string[]): string => orderedArms(alternatives).join('|')

/** orderedTree's top-level alternatives. */
const orderedArms = (alternatives: readonly string[]): string[] => {
  const arms: string[] = []
  let run = new Map<string, string[]>()
  const flush = () => {
    for (const [character, rests] of run) {
      const subtree = rests.length === 1 ? rests : orderedArms(rests)
      arms.push(subtree.length === 1 ? character + subtree[0] : `${character}(?:${subtree.join('|')})`)
    }
    run = new Map()
  }
  for (const alternative of alternatives) {
    for (const opening of openings(alternative, false)) {
      if (!opensWithPlainCharacter(opening)) {
        flush()
        arms.push(opening)
        continue
      }
      const rests = run.get(opening[0]) ?? []
      rests.push(opening.slice(1))
      run.set(opening[0], rests)
    }
  }
  flush()
  return arms
}

/** The longest run of the source's first atoms within `limit` characters (at least one atom). */
const leadingAtoms = (source: string, limit: number): string => {
  let kept = ''
  for (const atom of topLevelAtoms(source)) {
    if (kept && kept.length + atom.length > limit) break
    kept += atom
  }
  return kept
}

const LEADING = new WeakMap<RegExp, Uint8Array | null>()
/**
 * The characters a match of `regex` can open with, as a table by character code (1 where it can), or undefined when it may
 * open with anything (a class, an escape, a lookahead, the empty string, or either case). Read from its openings, which
 * match exactly where it does, so a position whose character is not in the table cannot start a match and a sticky try
 * there is skipped: V8 would reject it quickly, but each try is still a call, and the insult patterns are tried at every
 * place the insult scan found.
 */
export const leadingCharacters = (regex: RegExp): Uint8Array | undefined => {
  let known = LEADING.get(regex)
  if (known === undefined) {
    known = regex.flags.includes('i') ? null : openingTable(regex.source)
    LEADING.set(regex, known)
  }
  return known ?? undefined
}
const openingTable = (source: string): Uint8Array | null => {
  const table = new Uint8Array(128)
  for (const alternative of topLevelAlternatives(source)) {
    const opened = openings(alternative.replace(/^(?:\\b)+/, ''))
    if (!opened.every(opensWithPlainCharacter)) return null
    for (const opening of opened) table[opening.charCodeAt(0)] = 1
  }
  return table
}

/** A capturing group, named or not, in a regex source (escaped parentheses and classes aside). */
const CAPTURING_GROUP = /(?<!\\)\((?!\?(?:[:=!]|<[=!]))/

/**
 * The alternative as an ordered list of alternatives that, tried in that order, match exactly as it does (the same
 * match at every position): "(?:a|b)c" is "ac" then "bc", and a greedy "x?c" is "xc" then "c". Openings stop at
 * anything else.
 */
const open = (alternative: string): string[] => {
  if (alternative === '') return ['']
  const end = atomEnd(alternative, 0)
  const first = alternative.slice(0, end)
  const rest = alternative.slice(end)
  if (PLAIN_CHARACTER.test(first)) return [alternative]
  const optionalCharacter = /^(.)\?$/.exec(first)
  if (optionalCharacter && PLAIN_CHARACTER.test(optionalCharacter[1]) && !CAPTURING_GROUP.test(rest)) {
    const opened = [...open(optionalCharacter[1] + rest), ...open(rest)]
    return opened.length > MAX_OPENINGS ? [alternative] : opened
  }
  const lookbehind = /^\(\?<([=!])([^]*)\)$/.exec(first)
  if (lookbehind && closingParenthesis(first, 0) === first.length - 1) {
    // "(?<!X )the" is "t(?<!(?:X )t)he": the character first, then the same look behind it, one character longer.
    // V8 then tries the look only where the character is, instead of at every position.
    return open(rest).map((opening) =>
      opensWithPlainCharacter(opening) ? `${opening[0]}(?<${lookbehind[1]}(?:${lookbehind[2]})${opening[0]})${opening.slice(1)}` : first + opening)
  }
  const group = /^\(\?:([^]*)\)(\?)?$/.exec(first)
  if (!group || closingParenthesis(first, 0) !== first.length - 1 - (group[2] ? 1 : 0)) return [alternative]
  const inner = topLevelAlternatives(group[1]).map((alternative) => alternative + rest)
  // Spelling the tail out once per branch would repeat its capturing groups (a repeated name is a syntax error).
  if (inner.length + (group[2] ? 1 : 0) > 1 && CAPTURING_GROUP.test(rest)) return [alternative]
  const opened: string[] = []
  for (const each of group[2] ? [...inner, rest] : inner) {
    opened.push(...open(each))
    if (opened.length > MAX_OPENINGS) return [alternative]
  }
  return opened
}

/**
 * An alternation of `alternatives` that matches at exactly the positions where one of them does, arranged as a tree
 * by leading characters: "(?:c(?:ure|ancer)|heal)" for "cure", "cancer", "heal". V8 tries the alternatives of a flat
 * list one after another at every position; in the tree it tries a branch only when the text has its letter there.
 * Only for scans (matchStarts), which need where a match starts and not which alternative matched, or how long: the
 * order of alternatives is not kept, and an alternative that another one starts (as "cure" starts "cures") is dropped.
 */
export const prefixTree = (alternatives: readonly string[]): string => branchTree(alternatives, true, new Map())

/**
 * prefixTree, with each alternative opened up first (`openFirst`) or taken as already opened. Branches are kept in
 * `subtrees` by their alternatives, so a tree built again for part of the same alternatives (boundedTrees halving a
 * chunk) reuses them.
 */
const branchTree = (alternatives: readonly string[], openFirst: boolean, subtrees: Map<string, string>, top = true): string => {
  if (alternatives.includes('')) return '' // the path so far is a match on its own
  const branches = new Map<string, string[]>()
  const whole: string[] = []
  for (const alternative of new Set(alternatives)) {
    for (const opening of openFirst ? openings(alternative) : [alternative]) {
      if (opening === '') return '' // the path so far is a match on its own
      if (!opensWithPlainCharacter(opening)) {
        whole.push(opening)
        continue
      }
      const rests = branches.get(opening[0]) ?? []
      rests.push(opening.slice(1))
      branches.set(opening[0], rests)
    }
  }
  const arms = [...branches].map(([character, rests]) => {
    if (rests.length === 1) return character + rests[0]
    const key = rests.join('\u0000')
    let subtree = subtrees.get(key)
    if (subtree === undefined) subtrees.set(key, (subtree = branchTree(rests, true, subtrees, false)))
    return subtree === '' ? character : `${character}${subtree}`
  })
  const all = [...arms, ...whole]
  return all.length === 1 && !top ? all[0] : `(?:${all.join('|')})`
}

/** The top-level atoms of a regex source without alternation ("\\bab(?:c|d)? [x-z]" gives "\\b", "a", "b", "(?:c|d)?", " ", "[x-z]"). */
const topLevelAtoms = (source: string): string[] => {
  const atoms: string[] = []
  for (let start = 0; start < source.length; ) {
    const end = atomEnd(source, start)
    atoms.push(source.slice(start, end))
    start = end
  }
  return atoms
}

const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y
/** Where the top-level atom that starts at `start` ends, its quantifier included. */
const atomEnd = (source: string, start: number): number => {
  let i = start
  const ch = source[i]
  if (ch === '\\') i += source[i + 1] === 'u' ? 6 : source[i + 1] === 'x' ? 4 : 2
  else if (ch === '[') {
    for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
    i++
  } else if (ch === '(') i = closingParenthesis(source, i) + 1
  else i++
  QUANTIFIER.lastIndex = i
  return QUANTIFIER.test(source) ? QUANTIFIER.lastIndex : i
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

/** Where one of several scans matches: the start, and the earliest end of the scans' matches there. */
export interface ScanHit { start: number; end: number }

/** Every position any of `scans` matches, ascending and each once, with the earliest end of a match there. */
export const matchSpansIn = (scans: readonly RegExp[], text: string): ScanHit[] => {
  const ends = new Map<number, number>()
  for (const scan of scans) {
    scan.lastIndex = 0
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      const end = m.index + m[0].length
      const known = ends.get(m.index)
      if (known === undefined || end < known) ends.set(m.index, end)
      scan.lastIndex = m.index + 1
    }
  }
  return [...ends].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start)
}

/** matchStarts over several scans: every position any of them matches, ascending and each once. */
export const matchStartsIn = (scans: readonly RegExp[], text: string): number[] =>
  scans.length === 1 ? matchStarts(scans[0], text) : matchSpansIn(scans, text).map((hit) => hit.start)
