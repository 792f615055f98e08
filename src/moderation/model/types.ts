import type { ClaimCategory } from '../types'

/** The labels a committed model is trained for. */
export type ModelLabel = 'unsupported_claim' | 'toxic'

/**
 * A committed sentence model (src/moderation/model/claim-model.json, toxic-model.json), written by
 * scripts/train-models.ts.
 */
export interface TextModel {
  format: 1
  label: ModelLabel
  /** How text becomes features, in words (src/moderation/model/features.ts is the definition). */
  features: string
  /** Whether words' moods are features (wordMood in features.ts); absent means no. */
  moods?: true
  /** Whether words' character 4-grams are features (subwordKeys in features.ts); absent means no. */
  subwords?: true
  /** Hyper-parameters and example counts. */
  training: Record<string, number | boolean>
  /** The fixture files it was trained on, with a sha256 of each, so a stale model can be detected. */
  trainedOn: { file: string; sha256: string }[]
  bias: number
  featureCount: number
  /** Feature key (a word, or two words and a space) to its weight towards the label; absent means 0. */
  weights: Record<string, number>
  /** One-vs-rest category models (the claim model only; empty otherwise): bias and per-feature weights, in the order of `categories`. */
  categories: ClaimCategory[]
  categoryBias: number[]
  categoryWeights: Record<string, number[]>
}
