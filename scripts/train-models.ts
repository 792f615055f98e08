import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkModel, loadTrainingSets, MODELS, readCommittedModel, serialiseModel, trainModel } from '../src/moderation/model/train'

/**
 * npm run train:model: trains the claim model and the toxicity model on their labelled fixture sets
 * (MODELS in src/moderation/model/train.ts) and writes them to src/moderation/model/.
 * npm run train:model -- --check: exits 1 when a committed model differs from what training would write now.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const check = process.argv.includes('--check')
let stale = false

for (const spec of MODELS) {
  const sets = loadTrainingSets(root, spec.sets)
  const started = performance.now()
  if (check) {
    const { upToDate, message } = checkModel(spec, sets, readCommittedModel(root, spec))
    console.log(`${message} (${Math.round(performance.now() - started)} ms)`)
    stale ||= !upToDate
    continue
  }
  const model = trainModel(spec, sets)
  writeFileSync(join(root, spec.file), serialiseModel(model))
  console.log(
    `wrote ${spec.file}: ${model.featureCount} weighted features, ${model.training.examples} texts ` +
      `(${model.training.claims ?? model.training.positives} ${spec.label}), ${Math.round(performance.now() - started)} ms`,
  )
}
process.exit(stale ? 1 : 0)
