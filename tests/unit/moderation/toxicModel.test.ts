import { describe, expect, test } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { screen } from '../../../src/moderation'
import { PIPELINE, runPipeline } from '../../../src/moderation/pipeline'
import { initialState } from '../../../src/moderation/screen'
import { compileModel, readSentences } from '../../../src/moderation/model/compiled'
import { readCommittedModel, textKeys, TOXIC_MODEL } from '../../../src/moderation/model/train'
import type { TextModel } from '../../../src/moderation/model/types'
import { createToxicModelPhase, TOXIC_MODEL_THRESHOLD } from '../../../src/moderation/phases/toxicModel'
import { normaliseText } from '../../../src/moderation/phases/normalise'
import { splitSentences, tokenise } from '../../../src/moderation/phases/segment'
import { undoLeetspeak } from '../../../src/moderation/phases/toxicity'

/**
 * The toxicity model (phases/toxicModel.ts), trained by scripts/train-models.ts. Its honest figures come from
 * leave-one-set-out measurement (npm run eval:model -- --label toxic); these tests pin its contract: it catches
 * abuse no word list holds, with a readable reason; words mentioned rather than aimed lower it; it reads only
 * the sentences the toxicity phase found nothing in; civil criticism is left alone. (Its committed file is
 * checked with the claim model's, in claimModel.test.ts.)
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))
const model = JSON.parse(readCommittedModel(root, TOXIC_MODEL)!) as TextModel
const WITHOUT_MODEL = PIPELINE.filter((phase) => phase.name !== 'toxicModel')
const withoutModel = (text: string) => runPipeline(initialState(text), WITHOUT_MODEL).verdict!
const modelSignals = (text: string) => runPipeline(initialState(text)).signals.filter((signal) => signal.origin === 'model' && signal.label === 'toxic')

describe('the toxicModel phase', () => {
  // Written for this test, in no fixture: no insult word, so the toxicity phase finds nothing.
  const novel = ['Nobody asked for your opinion, go and bother someone else.', 'Typical smug know it all, go back under your bridge.']

  test.each(novel)('holds abuse no word list catches, with a reason naming the words that weigh most: %s', (text) => {
    expect(withoutModel(text).decision).toBe('allow')
    const verdict = screen(text)
    expect(verdict.decision).toBe('hold')
    const flag = verdict.flags.find((candidate) => candidate.label === 'toxic')!
    expect(flag.reasons.join(' ')).toMatch(/^reads like insults or abuse held before \('.+'\): '[^']+', '[^']+', '[^']+' weigh most \(model 0\.\d\d\)$/)
    expect(verdict.spans[0].text).toBe(text)
  })

  test.each([
    ['quoted', "Someone wrote 'nobody asked for your opinion, go and bother someone else' under my post and I just laughed."],
    ['reported', 'My brother called me a typical smug know it all, go back under your bridge, and I cried.'],
  ])('words mentioned rather than aimed lower its signal (%s)', (_kind, text) => {
    const [signal] = modelSignals(text)
    if (signal) {
      expect(signal.reason).toMatch(/mentioned rather than aimed$/)
      expect(signal.score).toBeLessThan(0.5)
    }
    expect(screen(text).flags.map((flag) => flag.label)).not.toContain('toxic')
  })

  test('it reads only the sentences the toxicity phase found nothing in', () => {
    const text = 'You absolute moron, nobody asked for your opinion, go and bother someone else.'
    expect(withoutModel(text).decision).toBe('hold')
    expect(modelSignals(text)).toEqual([])
  })

  test.each([
    // Written for this test, in no fixture.
    'The author should update the dosing table, it is out of date.',
    'I hope you get the answers you deserve, four years of being fobbed off is far too long.',
    'Imagine my surprise when the physio actually worked.',
    'I disagree with the author here, the evidence on salt is mixed.',
    'This article is one-sided and poorly sourced.',
    'My GP was dismissive and I should have asked for a second opinion sooner.',
    'Nurses deserve far better pay than this.',
  ])('leaves civil criticism alone: %s', (text) => {
    expect(modelSignals(text).filter((signal) => signal.score >= 0.5)).toEqual([])
    expect(screen(text).flags.map((flag) => flag.label)).not.toContain('toxic')
  })

  test('sees the features training saw, with leetspeak undone: its probability is the logistic of the summed weights of the text keys', () => {
    const compiled = compileModel(model)
    for (const text of [...novel, 'Y0u are a pathet1c l0ser', 'Nurses deserve far better pay than this.']) {
      const norm = normaliseText(text)
      const [reading] = readSentences(compiled, { sentences: splitSentences(norm.text), tokens: tokenise(undoLeetspeak(norm.text)) })
      const z = model.bias + textKeys(text, TOXIC_MODEL).reduce((sum, key) => sum + (model.weights[key] ?? 0), 0)
      expect(reading!.probability).toBeCloseTo(1 / (1 + Math.exp(-z)), 10)
    }
  })
})

describe('when the toxicity model speaks', () => {
  // A one-word model: "spoon" gives logit(p), so the sentence's probability is set by the test; the real phase reads it.
  const withProbability = (p: number) => compileModel({ ...model, bias: 0, weights: { spoon: Math.log(p / (1 - p)) }, featureCount: 1 })
  const signalAt = (p: number, text = 'What a spoon you are.') => {
    const state = runPipeline(initialState(text), PIPELINE.slice(0, PIPELINE.findIndex((each) => each.name === 'toxicModel')))
    return (createToxicModelPhase(withProbability(p))(state).signals ?? []).find((signal) => signal.origin === 'model')
  }
  test('from its threshold, with a score from 0.5 at the threshold up to 0.9', () => {
    expect(signalAt(TOXIC_MODEL_THRESHOLD + 1e-9)?.score).toBe(0.5)
    expect(signalAt(1 - 1e-9)?.score).toBeCloseTo(0.9, 3)
  })
  test('never under it', () => {
    expect(signalAt(TOXIC_MODEL_THRESHOLD - 0.01)).toBeUndefined()
  })
  test('never on a sentence that names or addresses nobody, nor on a warm one', () => {
    expect(signalAt(0.99, 'What a spoon of a policy.')).toBeUndefined()
    expect(signalAt(0.99, 'What a brilliant spoon you are.')).toBeUndefined()
  })
})
