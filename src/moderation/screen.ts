import type { ResolvedPolicy, ScreenState } from './state'
import type { Label, ScreenOptions, ScreenPolicy, Verdict } from './types'
import { compileRules } from './rules/compile'
import { starterRules } from './rules/starter'
import { runPipeline } from './pipeline'

export const DEFAULT_THRESHOLD = 0.5
const DEFAULT_MAX_LINKS = 2
const DEFAULT_MIN_ELAPSED_MS = 3000

const resolvePolicy = (policy: ScreenPolicy = {}): ResolvedPolicy => ({
  maxLinks: policy.maxLinks ?? DEFAULT_MAX_LINKS,
  minElapsedMs: policy.minElapsedMs ?? DEFAULT_MIN_ELAPSED_MS,
  thresholds: {
    unsupported_claim: policy.thresholds?.unsupported_claim ?? DEFAULT_THRESHOLD,
    toxic: policy.thresholds?.toxic ?? DEFAULT_THRESHOLD,
    spam: policy.thresholds?.spam ?? DEFAULT_THRESHOLD,
  } satisfies Record<Label, number>,
})

/** The state the pipeline starts from: the comment, its compiled rules, context and resolved policy. */
export const initialState = (text: string, options: ScreenOptions = {}): ScreenState => ({
  original: typeof text === 'string' ? text : String(text ?? ''),
  rules: compileRules(options.rules ?? starterRules),
  context: options.context ?? {},
  policy: resolvePolicy(options.policy),
  norm: { text: '', origStart: new Int32Array(0), origEnd: new Int32Array(0) },
  sentences: [],
  tokens: [],
  links: [],
  signals: [],
})

/** Screens one comment. Pure and deterministic: the same text, rules, context and policy give the same verdict. */
export function screen(text: string, options: ScreenOptions = {}): Verdict {
  return runPipeline(initialState(text, options)).verdict!
}
