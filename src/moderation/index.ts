/**
 * Comment-screening engine: pure TypeScript, no Payload, no network, deterministic. The Payload hooks
 * call screen() with the active claim rules, the submission context and the moderation policy.
 */
export type { ClaimCategory, ClaimRule, Flag, Label, ScreenContext, ScreenOptions, ScreenPolicy, Span, Verdict } from './types'
export type { CompiledRules } from './rules/compile'
export { ENGINE_VERSION } from './version'
export { screen } from './screen'
export { starterRules } from './rules/starter'
export { compileRules } from './rules/compile'
export { PIPELINE } from './pipeline'
export { warmUp } from './warmUp'
