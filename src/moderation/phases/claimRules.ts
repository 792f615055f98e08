import type { Phase, Signal, Token } from '../state'
import { sentenceAt } from '../state'
import type { ClaimRule } from '../types'
import { deletions } from '../lexicon/spelling'
import { findAll } from '../lexicon/regex'
import { FUZZY_MIN_LENGTH, tokensMatch, type CompiledPhrase, type CompiledRules } from '../rules/compile'
import { quoteOriginal } from './normalise'

/** Moderator-maintained claim rules (data, not code): each hit is a claim signal scored by the rule's severity. */
const SEVERITY_SCORE: Record<ClaimRule['severity'], number> = { high: 0.9, medium: 0.75, low: 0.55 }

/**
 * Phrases whose first word is this token or one typo away. The index holds each first word and its
 * deletions, so looking up the token finds exact matches and dropped letters; looking up the token's
 * own deletions (only for tokens long enough to carry a typo) finds added or swapped letters. The answer
 * depends only on the token and the compiled rules, so it is remembered on them: comments reuse words,
 * and most tokens start no phrase at all.
 */
const CANDIDATE_MEMO_LIMIT = 50_000
const NO_PHRASES: readonly CompiledPhrase[] = []

const candidatePhrases = (compiled: CompiledRules, token: string): readonly CompiledPhrase[] => {
  const known = compiled.candidatesByToken.get(token)
  if (known) return known
  const found = new Set<CompiledPhrase>(compiled.firstTokens.get(token))
  if (token.length > FUZZY_MIN_LENGTH) for (const key of deletions(token)) for (const phrase of compiled.firstTokens.get(key) ?? []) found.add(phrase)
  const candidates = found.size === 0 ? NO_PHRASES : [...found]
  if (compiled.candidatesByToken.size >= CANDIDATE_MEMO_LIMIT) compiled.candidatesByToken.clear()
  compiled.candidatesByToken.set(token, candidates)
  return candidates
}

const phraseHits = (compiled: CompiledRules, tokens: readonly Token[]): { rule: number; start: number; end: number }[] => {
  const hits: { rule: number; start: number; end: number }[] = []
  tokens.forEach((token, at) => {
    for (const phrase of candidatePhrases(compiled, token.text)) {
      const last = at + phrase.tokens.length - 1
      if (last >= tokens.length) continue
      if (phrase.tokens.every((expected, offset) => tokensMatch(tokens[at + offset].text, expected)))
        hits.push({ rule: phrase.rule, start: token.start, end: tokens[last].end })
    }
  })
  return hits
}

export const claimRules: Phase = ({ original, norm, tokens, sentences, rules, signals }) => {
  const hits = phraseHits(rules, tokens)
  rules.rules.forEach((entry, rule) => {
    for (const regex of entry.regexes) for (const match of findAll(regex, norm.text)) hits.push({ rule, start: match.start, end: match.end })
  })
  const found: Signal[] = hits.map(({ rule, start, end }) => {
    const { description, category, severity } = rules.rules[rule].rule
    return {
      label: 'unsupported_claim',
      category,
      score: SEVERITY_SCORE[severity] ?? SEVERITY_SCORE.medium,
      reason: `${description} ('${quoteOriginal(original, norm, start, end)}')`,
      start,
      end,
      // The phrase is its own cue, so mitigations can tell when it sits inside quotation marks.
      cue: { start, end },
      sentence: sentenceAt(sentences, start),
      origin: 'rule',
    }
  })
  return { signals: [...signals, ...found] }
}
