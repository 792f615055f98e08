/** Public contract of the screening engine (the Payload hooks depend on these names and shapes). */
export type Label = 'unsupported_claim' | 'toxic' | 'spam'
export const LABELS: readonly Label[] = ['unsupported_claim', 'toxic', 'spam']

export type ClaimCategory = 'hidden_motive' | 'miracle_cure' | 'stop_treatment' | 'invented_statistic' | 'fact_denial'

export interface ClaimRule {
  id?: string
  name: string
  category: ClaimCategory
  /** Shown to moderators as the reason a comment was held. */
  description: string
  /** Plain phrases (case-, whitespace-, apostrophe- and one-typo-per-word tolerant) or '/regex/flags' strings. */
  patterns: string[]
  examples?: string[]
  severity: 'low' | 'medium' | 'high'
  evidenceUrl?: string
  active?: boolean
}

export interface ScreenContext {
  article?: { slug?: string; title?: string; topics?: string[] }
  /** Value of the hidden form field; non-empty means a bot filled it in. */
  honeypot?: string
  /** Milliseconds from form render to submit. */
  elapsedMs?: number
  /** Recent comment bodies by the same commenter (repeat-post detection). */
  recentBodies?: string[]
  linkCount?: never
}

export interface ScreenPolicy {
  maxLinks?: number
  minElapsedMs?: number
  thresholds?: Partial<Record<Label, number>>
}

/** Offsets index the ORIGINAL text in UTF-16 code units, so text.slice(start, end) === span.text. */
export interface Span { start: number; end: number; text: string; label: Label; reason: string }
export interface Flag { label: Label; score: number; reasons: string[] }
export interface Verdict {
  decision: 'allow' | 'hold'
  flags: Flag[]
  reasons: string[]
  spans: Span[]
  engineVersion: string
}

export interface ScreenOptions { rules?: ClaimRule[]; context?: ScreenContext; policy?: ScreenPolicy }
