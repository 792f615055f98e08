import { describe, expect, test } from '@jest/globals'
import { screen } from '../../../src/moderation'
import { WARM_UP_SAMPLES } from '../../../src/moderation/warmUp'

describe('warm-up samples', () => {
  // The server screens these before taking traffic so V8 compiles the patterns then; they only do that job while
  // they still reach every kind of verdict.
  test('reach each label, and comments the mitigations let through', () => {
    const verdicts = WARM_UP_SAMPLES.map((text) => screen(text))
    const labels = new Set(verdicts.flatMap((verdict) => verdict.flags.map((flag) => flag.label)))
    expect([...labels].sort()).toEqual(['spam', 'toxic', 'unsupported_claim'])
    expect(verdicts.filter((verdict) => verdict.decision === 'allow').length).toBeGreaterThanOrEqual(3)
    expect(WARM_UP_SAMPLES.some((text) => /[^\x00-\xff]/.test(text))).toBe(true)
  })
})
