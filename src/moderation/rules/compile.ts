import type { ClaimRule } from '../types'
import { latin1Source, normaliseText } from '../phases/normalise'
import { tokenise } from '../phases/segment'
import { deletions } from '../lexicon/spelling'

/**
 * Claim rules are data moderators edit, so they arrive as plain objects and are compiled here: phrases
 * become token sequences matched with one typo per word of four letters or more, '/regex/flags' strings
 * become RegExps over the normalised text. Compiling is cached by content, because the Payload hook
 * loads a fresh (but usually identical) array of rules for every comment.
 */
export interface CompiledPhrase { rule: number; tokens: string[] }
export interface CompiledRule { rule: ClaimRule; regexes: RegExp[]; phrases: CompiledPhrase[] }
export interface CompiledRules {
  rules: CompiledRule[]
  /** First token (and its one-letter deletions) -> phrases starting with it. */
  firstTokens: Map<string, CompiledPhrase[]>
  /** Comment token -> phrases whose first token it matches exactly or with one typo (filled as comments are screened). */
  candidatesByToken: Map<string, readonly CompiledPhrase[]>
  /** Patterns that could not be used, with why, so the admin can show them. */
  errors: { rule: string; pattern: string; error: string }[]
}

export const FUZZY_MIN_LENGTH = 4
const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s
const CACHE_LIMIT = 32

const compileRegex = (source: string, flags: string): RegExp => {
  // Normalised text is lower-case, has no apostrophes and stays within Latin-1 (normalise.ts): the pattern is fitted to it.
  const unique = new Set([...flags.replace(/[gy]/g, ''), 'g', 'i'])
  return new RegExp(latin1Source(source.replace(/['\u2019]/g, ''), 'other'), [...unique].join(''))
}

const indexKeys = (token: string): string[] => (token.length >= FUZZY_MIN_LENGTH ? [token, ...deletions(token)] : [token])

const compileUncached = (input: readonly ClaimRule[]): CompiledRules => {
  const compiled: CompiledRules = { rules: [], firstTokens: new Map(), candidatesByToken: new Map(), errors: [] }
  input.forEach((rule) => {
    if (rule.active === false) return
    const entry: CompiledRule = { rule, regexes: [], phrases: [] }
    const ruleIndex = compiled.rules.length
    for (const pattern of rule.patterns ?? []) {
      const regex = REGEX_PATTERN.exec(pattern.trim())
      if (regex) {
        try {
          entry.regexes.push(compileRegex(regex[1], regex[2]))
        } catch (error) {
          compiled.errors.push({ rule: rule.name, pattern, error: (error as Error).message })
        }
        continue
      }
      const tokens = tokenise(normaliseText(pattern).text).map((token) => token.text)
      if (tokens.length === 0) continue
      const phrase = { rule: ruleIndex, tokens }
      entry.phrases.push(phrase)
      for (const key of indexKeys(tokens[0])) {
        const list = compiled.firstTokens.get(key) ?? []
        list.push(phrase)
        compiled.firstTokens.set(key, list)
      }
    }
    compiled.rules.push(entry)
  })
  return compiled
}

const byIdentity = new WeakMap<readonly ClaimRule[], CompiledRules>()
const byContent = new Map<string, CompiledRules>()

export const compileRules = (rules: readonly ClaimRule[]): CompiledRules => {
  const known = byIdentity.get(rules)
  if (known) return known
  const key = JSON.stringify(rules.map((rule) => [rule.name, rule.category, rule.description, rule.patterns, rule.severity, rule.active]))
  let compiled = byContent.get(key)
  if (!compiled) {
    compiled = compileUncached(rules)
    if (byContent.size >= CACHE_LIMIT) byContent.delete(byContent.keys().next().value as string)
    byContent.set(key, compiled)
  }
  byIdentity.set(rules, compiled)
  return compiled
}

/** True when a and b differ by at most one substitution, insertion, deletion or adjacent swap. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const restA = a.slice(i + 1)
  const restB = b.slice(i + 1)
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

export const tokensMatch = (text: string, pattern: string): boolean =>
  text === pattern || (pattern.length >= FUZZY_MIN_LENGTH && withinOneEdit(text, pattern))
