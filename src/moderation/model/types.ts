import type { ClaimCategory } from '../types'

/** The committed claim model (src/moderation/model/claim-model.json), written by scripts/train-claim-model.ts. */
export interface ClaimModel {
  format: 1
  label: 'unsupported_claim'
  /** How text becomes features, in words (src/moderation/model/features.ts is the definition). */
  features: string
  /** Hyper-parameters and example counts. */
  training: Record<string, number | boolean>
  /** The fixture files it was trained on, with a sha256 of each, so a stale model can be detected. */
  trainedOn: { file: string; sha256: string }[]
  bias: number
  featureCount: number
  /** Feature key (a word, or two words and a space) to its weight towards "unsupported claim"; absent means 0. */
  weights: Record<string, number>
  /** One-vs-rest category models: bias and per-feature weights, in the order of `categories`. */
  categories: ClaimCategory[]
  categoryBias: number[]
  categoryWeights: Record<string, number[]>
}
