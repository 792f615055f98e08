import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkClaimModel, loadTrainingSets, MODEL_FILE, readCommittedModel, serialiseModel, trainClaimModel } from '../src/moderation/model/train'

/**
 * npm run train:model: trains the claim model on every labelled fixture set (TRAINING_SETS in
 * src/moderation/model/train.ts) and writes src/moderation/model/claim-model.json.
 * npm run train:model -- --check: exits 1 when the committed model differs from what training would write now.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const sets = loadTrainingSets(root)
const started = performance.now()

if (process.argv.includes('--check')) {
  const { upToDate, message } = checkClaimModel(sets, readCommittedModel(root))
  console.log(`${message} (${Math.round(performance.now() - started)} ms)`)
  process.exit(upToDate ? 0 : 1)
}

const model = trainClaimModel(sets)
writeFileSync(join(root, MODEL_FILE), serialiseModel(model))
console.log(
  `wrote ${MODEL_FILE}: ${model.featureCount} weighted features, ${model.training.examples} texts (${model.training.claims} claims), ` +
    `${Math.round(performance.now() - started)} ms`,
)
