/** Independent cues combine like a noisy-or: each one closes part of the remaining gap to certainty. */
export const combineScores = (scores: readonly number[]): number => 1 - scores.reduce((rest, score) => rest * (1 - score), 1)

export const clampScore = (score: number): number => Math.max(0, Math.min(1, Math.round(score * 1000) / 1000))
