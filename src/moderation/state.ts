import type { ClaimCategory, Label, ScreenContext, Verdict } from './types'
import type { CompiledRules } from './rules/compile'

/** Text after normalisation, with each character's origin in the original text (for spans). */
export interface NormalisedText {
  text: string
  /** origStart[i] / origEnd[i]: the original UTF-16 range that produced normalised character i (never decreasing). */
  origStart: Int32Array
  origEnd: Int32Array
}

export interface Sentence { start: number; end: number; text: string }
export interface Token { start: number; end: number; text: string }
export interface Link { start: number; end: number; url: string; domain: string; credible: boolean }

/** One piece of evidence for a label. Offsets index the normalised text; decide maps them back. */
export interface Signal {
  label: Label
  score: number
  reason: string
  start?: number
  end?: number
  category?: ClaimCategory
  /** The words that triggered the signal, when narrower than the quoted span (normalised offsets). */
  cue?: { start: number; end: number }
  /** Index of the sentence the signal sits in, for sentence-scoped mitigations. */
  sentence?: number
  origin: 'rule' | 'cue' | 'context' | 'model'
}

export interface ResolvedPolicy {
  maxLinks: number
  minElapsedMs: number
  thresholds: Record<Label, number>
}

export interface ScreenState {
  readonly original: string
  readonly rules: CompiledRules
  readonly context: ScreenContext
  readonly policy: ResolvedPolicy
  norm: NormalisedText
  sentences: Sentence[]
  tokens: Token[]
  links: Link[]
  signals: Signal[]
  verdict?: Verdict
}

/** A phase reads the state and returns only what it adds or replaces; it never mutates its input. */
export type Phase = (state: Readonly<ScreenState>) => Partial<ScreenState>

/** Index of the sentence containing normalised offset `at`. */
export const sentenceAt = (sentences: readonly Sentence[], at: number): number => {
  for (let i = 0; i < sentences.length; i++) if (at < sentences[i].end) return i
  return Math.max(0, sentences.length - 1)
}

/** Whether the comment promotes something (a spam signal): the claim phases read a cure told beside an advert as a sales pitch. */
export const promotes = (signals: readonly Signal[]): boolean => signals.some((signal) => signal.label === 'spam')
