import { describe, expect, test } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { screen } from '../../../src/moderation'
import { PIPELINE, runPipeline } from '../../../src/moderation/pipeline'
import { initialState } from '../../../src/moderation/screen'
import { createClaimModelPhase } from '../../../src/moderation/phases/claimModel'
import { compileModel as compileClaimModel, readSentences } from '../../../src/moderation/model/compiled'
import { CLAIM_MODEL, checkModel, loadTrainingSets, MODELS, readCommittedModel, serialiseModel, textKeys, trainModel } from '../../../src/moderation/model/train'
import type { TextModel } from '../../../src/moderation/model/types'
import { normaliseText } from '../../../src/moderation/phases/normalise'
import { splitSentences, tokenise } from '../../../src/moderation/phases/segment'
import { featureKeys, wordClass } from '../../../src/moderation/model/features'

/**
 * The claim model (phases/claimModel.ts), trained by scripts/train-models.ts on the labelled
 * fixtures. Its honest figures come from leave-one-set-out measurement (npm run eval:model); these tests
 * pin its contract: the committed model is what training produces, it catches a phrasing no rule
 * catches with a readable reason, mitigations apply to it, it leaves true statements alone, and it is
 * deterministic.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))
const sets = loadTrainingSets(root)
const model = JSON.parse(readCommittedModel(root)!) as TextModel
const trainClaimModel = (subset: Parameters<typeof trainModel>[1]) => trainModel(CLAIM_MODEL, subset)
const RULES_ONLY = PIPELINE.filter((phase) => phase.name !== 'claimModel')
const rulesOnly = (text: string) => runPipeline(initialState(text), RULES_ONLY).verdict!
const modelSignals = (text: string) => runPipeline(initialState(text)).signals.filter((signal) => signal.origin === 'model' && signal.label === 'unsupported_claim')

describe.each(MODELS.map((spec) => [spec.name, spec] as const))('the committed %s', (name, spec) => {
  const specSets = loadTrainingSets(root, spec.sets)
  const committed = readCommittedModel(root, spec)!
  const parsed = JSON.parse(committed) as TextModel

  test('is what training on the current fixtures produces (npm run train:model -- --check)', () => {
    const { upToDate, message } = checkModel(spec, specSets, committed)
    expect(message).toBe(`${name} is up to date`)
    expect(upToDate).toBe(true)
  })

  test('a changed fixture makes it stale, and the message names the file', () => {
    const changed = specSets.map((set) => (set.name === 'benign' ? { ...set, content: `${set.content}{"id":"x","text":"Cinnamon cures everything, you idiot.","labels":{"unsupported_claim":true,"toxic":true}}\n` } : set))
    const { upToDate, message } = checkModel(spec, changed, committed)
    expect(upToDate).toBe(false)
    expect(message).toContain('tests/fixtures/moderation/benign.jsonl')
    expect(checkModel(spec, specSets, undefined).upToDate).toBe(false)
  })

  test('records every training set with a sha256, and no timestamp', () => {
    expect(parsed.label).toBe(spec.label)
    expect(parsed.trainedOn.map((entry) => entry.file)).toEqual(spec.sets.map((set) => `tests/fixtures/moderation/${set}.jsonl`))
    for (const entry of parsed.trainedOn) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(committed).not.toMatch(/\d{4}-\d\d-\d\dT/)
    expect(parsed.featureCount).toBe(Object.keys(parsed.weights).length)
  })
})

describe('the claimModel phase', () => {
  // Phrasings written for this test, in no fixture: no rule or cue catches them.
  const novel = [
    'Raw garlic every morning and your blood pressure never comes back up.',
    'Drug companies pay the inspectors so nothing they sell is ever properly tested.',
  ]

  test.each(novel)('holds a claim no rule catches, with a reason naming the words that weigh most: %s', (text) => {
    expect(rulesOnly(text).decision).toBe('allow')
    const verdict = screen(text)
    expect(verdict.decision).toBe('hold')
    const flag = verdict.flags.find((candidate) => candidate.label === 'unsupported_claim')!
    expect(flag.reasons.join(' ')).toMatch(/^reads like unsupported claims held before \('.+'\): '[^']+', '[^']+', '[^']+' weigh most \(model 0\.\d\d\)$/)
    // The span is the sentence, quoted from the original text.
    expect(verdict.spans[0].text).toBe(text)
    const [signal] = modelSignals(text)
    expect(signal.origin).toBe('model')
    expect(signal.category).toBeDefined()
  })

  test('its category comes from the one-vs-rest category models', () => {
    expect(modelSignals(novel[0])[0].category).toBe('miracle_cure')
    expect(modelSignals(novel[1])[0].category).toBe('hidden_motive')
  })

  test.each([
    ['hedged', 'I think raw garlic every morning and your blood pressure never comes back up.'],
    ['debunked', "It's a myth that raw garlic every morning and your blood pressure never comes back up."],
    ['sourced', 'Raw garlic every morning and your blood pressure never comes back up, per a Cochrane review (2019).'],
    ['reported and rejected', 'My aunt says raw garlic every morning and your blood pressure never comes back up. That is not true.'],
  ])('mitigations lower its signal like any other (%s)', (_kind, text) => {
    const [signal] = modelSignals(text)
    expect(signal).toBeDefined()
    expect(signal.score).toBeLessThan(0.5)
    expect(screen(text).decision).toBe('allow')
  })

  test('a question about the claim is allowed', () => {
    expect(screen('Is it true that raw garlic every morning and your blood pressure never comes back up?').decision).toBe('allow')
  })

  test('it reads only the sentences no rule or cue flagged', () => {
    const text = 'Oregano oil kills every infection, no antibiotics needed.'
    expect(rulesOnly(text).decision).toBe('hold')
    expect(modelSignals(text)).toEqual([])
  })

  test.each([
    'Your kidneys flush the waste out of your blood',
    'Statins lower LDL cholesterol',
    "Antibiotics don't work on viruses",
    // Written for this test, in no fixture.
    'The liver clears most drugs from the body, which is why doses are adjusted in liver disease.',
    'Vaccines can cause a sore arm and a mild fever for a day or two.',
    'About 1 in 11 adults worldwide has diabetes.',
    'Aspirin lowers the risk of a second heart attack in people who already had one.',
    'Insulin prices in the US are far too high for a century-old drug.',
    'Your immune system clears most colds within ten days.',
    'Metformin can upset your stomach for the first few weeks.',
  ])('stays silent on a true statement: %s', (text) => {
    expect(modelSignals(text)).toEqual([])
    expect(screen(text).decision).toBe('allow')
  })

  test('sees the features training saw: its probability is the logistic of the summed weights of the text keys', () => {
    const compiled = compileClaimModel(model)
    for (const text of [...novel, 'Statins lower LDL cholesterol', 'Only 3% of people ever need chemo, the rest is upselling.']) {
      const norm = normaliseText(text)
      const [reading] = readSentences(compiled, { sentences: splitSentences(norm.text), tokens: tokenise(norm.text) })
      const z = model.bias + textKeys(text).reduce((sum, key) => sum + (model.weights[key] ?? 0), 0)
      expect(reading!.probability).toBeCloseTo(1 / (1 + Math.exp(-z)), 10)
    }
  })

})

describe('when the model speaks', () => {
  // A two-word model: "cooked" gives logit(p) and "statins" (a treatment: a health anchor) adds nothing, so the sentence's
  // probability is set by the test. The real phase reads it: below 0.75 a sentence must name a treatment, condition,
  // remedy or agent; from 0.75 the model's confidence alone is enough.
  const withProbability = (p: number) =>
    compileClaimModel({ ...model, bias: 0, weights: { cooked: Math.log(p / (1 - p)), statins: 0 }, categoryWeights: {}, featureCount: 2 })
  const heldBy = (p: number, text: string) => {
    const phase = createClaimModelPhase(withProbability(p))
    const state = runPipeline(initialState(text), PIPELINE.slice(0, PIPELINE.findIndex((each) => each.name === 'claimModel')))
    return (phase(state).signals ?? []).some((signal) => signal.origin === 'model')
  }
  test('below 0.75 only a sentence with a health anchor', () => {
    expect(heldBy(0.72, 'The figures were cooked years ago.')).toBe(false)
    expect(heldBy(0.72, 'The statins figures were cooked years ago.')).toBe(true)
  })
  test('from 0.75 a sentence without one too', () => {
    expect(heldBy(0.8, 'The figures were cooked years ago.')).toBe(true)
  })
  test('never under the threshold', () => {
    expect(heldBy(0.6, 'The statins figures were cooked years ago.')).toBe(false)
  })
})

describe('lexicon classes as features', () => {
  test('a remedy, treatment, condition or agent also counts as its class, alone and beside its neighbours', () => {
    const keys = featureKeys(['turmeric', 'cures', 'gout', 'so', 'stop', 'statins'])
    expect(keys).toEqual(expect.arrayContaining(['turmeric', '<remedy>', '<remedy> cures', 'cures <condition>', 'stop <treatment>', 'cures gout']))
    expect(keys).not.toContain('<condition> <remedy>')
  })
  test('words outside the lexicon have no class', () => {
    expect(wordClass('morning')).toBeUndefined()
    expect(wordClass('insulin')).toBe('<treatment>')
  })
})

describe('determinism', () => {
  test('training twice gives the same bytes', () => {
    const subset = sets.filter((set) => ['unseen-1', 'unseen-2', 'benign'].includes(set.name))
    expect(serialiseModel(trainClaimModel(subset))).toBe(serialiseModel(trainClaimModel(subset)))
  })

  test('screening twice gives the same verdict', () => {
    const text = 'Raw garlic every morning and your blood pressure never comes back up. Drug companies pay the inspectors so nothing they sell is ever properly tested.'
    expect(JSON.stringify(screen(text))).toBe(JSON.stringify(screen(text)))
  })
})
