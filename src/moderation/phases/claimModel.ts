import type { Phase, Signal } from '../state'
import { AGENTS, CONDITIONS, REMEDIES, TREATMENTS } from '../lexicon/health'
import { matchesFrom, wordsRegex } from '../lexicon/regex'
import { categoryOf, compileModel, explainReading, modelScore, readSentences, type CompiledModel } from '../model/compiled'
import type { TextModel } from '../model/types'
import committedModel from '../model/claim-model.json' with { type: 'json' }
import { COUNTERFACTUAL, VIRAL_SCOPE } from './claimCues'

/**
 * A backup to the rules and cues: a logistic-regression model trained on the project's own labelled
 * comments (scripts/train-models.ts) reads each sentence no rule or cue flagged and adds a claim
 * signal when the sentence reads like the unsupported claims it was trained on. Hand-written structures
 * miss new phrasings; the model's unigrams and bigrams catch some of them.
 *
 * Precision is protected three ways: it only speaks above a high probability (chosen by leave-one-set-out
 * measurement, scripts/eval-model.ts); the sentence must name a treatment, condition, remedy or
 * agent (the lexicon's own lists), so small talk never trips it; and its signal goes through the
 * mitigations phase like any other, so questions, debunking, hedges, first-person accounts and sources
 * lower it.
 */

/**
 * Probability at which the model adds a signal: the lowest of npm run eval:model's sweep (leave-one-set-out over
 * the training sets) at which benign and true-statements false holds rise by at most 0.02 over the rules alone. With stem
 * features (screen-1.9.2) that is 0.7 again: pooled claim recall 0.866 -> 0.927, true-statements false holds
 * 0.006 -> 0.023, benign 0.010 -> 0.015; at 0.65 true-statements rose by 0.026. Without stems, 0.7 had passed the
 * bound (0.029) and the threshold was 0.75. screen-1.9.3 (37 sets): 0.864 -> 0.924, true-statements 0.006 -> 0.026.
 */
export const CLAIM_MODEL_THRESHOLD = 0.7
/** "decongestants do nothing for flu itself": the cues leave a dismissal scoped to viruses alone, and so does the model. */
const SCOPED_DISMISSAL = new RegExp(`\\b(?:useless|pointless|do(?:es)? nothing|do(?:es)?nt (?:work|help|do anything)|wont (?:work|help))(?: \\w+)? ${VIRAL_SCOPE}`)

/**
 * Above this probability the model speaks without a health anchor (below). Leave-one-set-out (screen-1.9.4, 37 sets):
 * claim recall 0.924 -> 0.925 with false holds, benign and true-statements unchanged at three decimals; the model alone
 * 0.552 -> 0.561 at 0.006. Without the anchor at any probability (0.7) recall was the same and the model alone held more.
 */
const UNANCHORED_THRESHOLD = 0.75
/** A treatment, condition, remedy or agent: what makes a sentence a health claim rather than small talk. A pronoun is no anchor. */
const PRONOUN_AGENTS = new Set(['they', 'them', 'someone', 'somebody'])
const HEALTH_ANCHOR = wordsRegex([...TREATMENTS, ...CONDITIONS, ...REMEDIES, ...AGENTS.filter((agent) => !PRONOUN_AGENTS.has(agent))])

export const createClaimModelPhase = (model: CompiledModel, threshold = CLAIM_MODEL_THRESHOLD): Phase => (state) => {
  const { original, norm, sentences, signals } = state
  const flagged = new Set<number>()
  for (const signal of signals) if (signal.label === 'unsupported_claim' && signal.sentence !== undefined) flagged.add(signal.sentence)
  const readings = readSentences(model, state, (index) => flagged.has(index))
  const found: Signal[] = []
  readings.forEach((reading, index) => {
    if (!reading || reading.probability < threshold) return
    const sentence = sentences[index]
    // "if a cure existed, every company would sell it" supposes the claim to refute it, for the model as for the cues.
    if ((reading.probability < UNANCHORED_THRESHOLD && !matchesFrom(HEALTH_ANCHOR, sentence.text)) || COUNTERFACTUAL.test(sentence.text) || SCOPED_DISMISSAL.test(sentence.text)) return
    const { end, quote, cue, words } = explainReading(model, reading, sentence, original, norm)
    found.push({
      label: 'unsupported_claim',
      category: categoryOf(model, reading.found),
      score: modelScore(reading.probability, threshold),
      reason: `reads like unsupported claims held before ('${quote}'): ${words.join(', ')} weigh most (model ${reading.probability.toFixed(2)})`,
      start: sentence.start,
      end,
      cue,
      sentence: index,
      origin: 'model',
    })
  })
  return found.length === 0 ? {} : { signals: [...signals, ...found] }
}

export const claimModel: Phase = createClaimModelPhase(compileModel(committedModel as TextModel))
