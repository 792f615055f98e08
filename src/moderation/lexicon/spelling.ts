import { ABSOLUTES, AGENTS, CONDITIONS, MOTIVES, REMEDIES, SECRECY, SPELLING_EXCEPTIONS, TREATMENTS } from './health'

/**
 * One-typo tolerance for the engine's own vocabulary ("compaines" -> "companies"), so cue patterns do not
 * need to spell out misspellings. Symmetric-delete lookup: two words are one edit apart (substitution,
 * insertion, deletion or adjacent swap) when they share a one-character deletion, so the per-word cost is
 * a handful of map lookups. Short words are left alone: too many real words sit one edit apart.
 */
const MIN_LENGTH = 6

const EXTRA_WORDS = [
  'companies', 'pharmaceutical', 'pharmaceuticals', 'government', 'inflammation', 'commission', 'doctors', 'vaccines',
  'vaccine', 'diabetes', 'chemotherapy', 'cholesterol', 'osteoporosis', 'reverses', 'reversed', 'eliminates', 'eliminated',
  'because', 'medication', 'medications', 'prescription', 'prescribed', 'research', 'studies', 'scientists', 'absolutely',
  'guaranteed', 'completely', 'permanently', 'antibiotics', 'depression', 'arthritis', 'immune', 'treatment', 'disease',
  'diseases', 'cancer', 'tumours', 'tumors', 'insulin', 'statins', 'thyroid', 'kickbacks', 'suppressed', 'doesnt', 'dont',
  // Real words one edit from a lexicon word ("healing" is not a misspelt "hearing").
  'healing', 'healed', 'sealing', 'dealing',
]

const MAX_EXPANSIONS = 64

/** Spells out the simple regex entries ("tumou?rs?", "(?:a|b) c") as plain strings; complex ones are skipped. */
export const expandEntry = (entry: string): string[] => {
  if (/[\\[\]*+{}.^$]/.test(entry)) return []
  const group = entry.indexOf('(?:')
  if (group >= 0) {
    let depth = 0
    let close = group
    for (let i = group; i < entry.length; i++) {
      if (entry[i] === '(') depth++
      if (entry[i] === ')' && --depth === 0) {
        close = i
        break
      }
    }
    const optional = entry[close + 1] === '?'
    const alternatives: string[] = []
    let depthInside = 0
    let from = group + 3
    for (let i = from; i < close; i++) {
      if (entry[i] === '(') depthInside++
      else if (entry[i] === ')') depthInside--
      else if (entry[i] === '|' && depthInside === 0) {
        alternatives.push(entry.slice(from, i))
        from = i + 1
      }
    }
    alternatives.push(entry.slice(from, close))
    if (optional) alternatives.push('')
    const rest = entry.slice(close + (optional ? 2 : 1))
    return alternatives.flatMap((alt) => expandEntry(entry.slice(0, group) + alt + rest)).slice(0, MAX_EXPANSIONS)
  }
  const optionalChar = entry.indexOf('?')
  if (optionalChar > 0)
    return [...expandEntry(entry.slice(0, optionalChar) + entry.slice(optionalChar + 1)), ...expandEntry(entry.slice(0, optionalChar - 1) + entry.slice(optionalChar + 1))]
  return /^[a-z -]+$/.test(entry) ? [entry] : []
}

const vocabularyFrom = (lists: readonly (readonly string[])[]): Set<string> => {
  const words = new Set<string>(EXTRA_WORDS)
  for (const list of lists)
    for (const entry of list) for (const phrase of expandEntry(entry)) for (const word of phrase.split(/[ -]/)) if (word.length >= MIN_LENGTH) words.add(word)
  return words
}

const VOCABULARY = vocabularyFrom([CONDITIONS, TREATMENTS, REMEDIES, AGENTS, MOTIVES, SECRECY, ABSOLUTES])
const EXCEPTIONS = new Set(SPELLING_EXCEPTIONS)

const deletions = (word: string): string[] => {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

/** Maps a word and each of its one-character deletions to the vocabulary words they come from. */
const buildDeleteIndex = (vocabulary: Iterable<string>): Map<string, string> => {
  const index = new Map<string, string>()
  for (const word of vocabulary) for (const key of [word, ...deletions(word)]) if (!index.has(key)) index.set(key, word)
  return index
}

const DELETE_INDEX = buildDeleteIndex(VOCABULARY)

/** Below this length a dropped or added letter too often makes another real word ("makes" / "makers"). */
const MIN_LENGTH_FOR_INSERT_DELETE = 7

const MEMO_LIMIT = 20_000
/** null records "no correction", so a known word costs one lookup. */
const memo = new Map<string, string | null>()

/** The vocabulary word `word` is a one-typo misspelling of, or undefined. Memoised: comments reuse words. */
export const correctSpelling = (word: string): string | undefined => {
  const known = memo.get(word)
  if (known !== undefined) return known ?? undefined
  if (memo.size >= MEMO_LIMIT) memo.clear()
  const corrected = lookUpCorrection(word)
  memo.set(word, corrected ?? null)
  return corrected
}

/** True when a and b differ by one substitution, insertion, deletion or adjacent swap. */
const oneEditApart = (a: string, b: string): boolean => {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Endings by which one English word form differs from another ("caused" / "causes", "vitamins" / "vitamin"). */
const INFLECTION = /^(?:|s|es|d|ed|ing|ion|e|er|ers|y|ies|ly)$/

/** "caused" is not a typo of "causes": another form of the same word is a real word, never corrected. */
const isInflection = (a: string, b: string): boolean => {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  // Back off a letter or two so that "published" / "publisher" compare "ed" with "er".
  for (let stem = i; stem >= Math.max(4, i - 2); stem--) if (INFLECTION.test(a.slice(stem)) && INFLECTION.test(b.slice(stem))) return true
  return false
}

const lookUpCorrection = (word: string): string | undefined => {
  if (word.length < MIN_LENGTH || VOCABULARY.has(word) || EXCEPTIONS.has(word)) return undefined
  // Two words sharing a deletion at different places are two edits apart ("theres" / "herpes"), and
  // typos rarely change the first letter, where real words collide most ("telling" / "selling").
  const acceptable = (hit: string | undefined) =>
    hit !== undefined && hit !== word && hit[0] === word[0] && oneEditApart(hit, word) && !isInflection(hit, word) &&
    (hit.length === word.length || Math.min(hit.length, word.length) >= MIN_LENGTH_FOR_INSERT_DELETE)
  const dropped = DELETE_INDEX.get(word)
  if (acceptable(dropped) && dropped!.length === word.length + 1) return dropped
  for (const key of deletions(word)) {
    const hit = DELETE_INDEX.get(key)
    if (acceptable(hit) && Math.abs(hit!.length - word.length) <= 1) return hit
  }
  return undefined
}

export { deletions }
