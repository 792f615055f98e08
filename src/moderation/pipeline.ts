import type { Phase, ScreenState } from './state'
import { normalise } from './phases/normalise'
import { segment } from './phases/segment'
import { links } from './phases/links'
import { submissionCues } from './phases/submissionCues'
import { spamCues } from './phases/spamCues'
import { toxicity } from './phases/toxicity'
import { toxicModel } from './phases/toxicModel'
import { claimRules } from './phases/claimRules'
import { claimCues } from './phases/claimCues'
import { claimModel } from './phases/claimModel'
import { mitigations } from './phases/mitigations'
import { advertisedCures } from './phases/advertisedCures'
import { decide } from './phases/decide'

/**
 * The screening phases, in order. Why this order:
 * 1. normalise, segment and links build the shared views (folded text with offsets back to the
 *    original, sentences, tokens, links) that every judging phase reads, so they come first;
 * 2. submissionCues, spamCues and toxicity each add independent signals for their own label; toxicModel (a model
 *    trained on the project's labelled comments) follows toxicity because it reads only the sentences toxicity
 *    found nothing in, as claimModel does for the claim phases (4);
 * 3. claimRules (moderators' data) and claimCues (general claim structure) add claim signals;
 * 4. claimModel (a model trained on the project's labelled comments) comes after them because it is their
 *    backup: it reads only the sentences they left unflagged, so it never doubles or overrides a rule's
 *    or cue's signal and reason;
 * 5. mitigations must see every claim signal, from rules, cues and the model alike, to lower those in
 *    questions, debunking, hedged or sourced sentences;
 * 6. advertisedCures reads the claim signals as mitigations left them (a cure asked about or debunked is no pitch)
 *    and adds spam evidence when a cure claim comes with a link or contact to get it;
 * 7. decide turns the final signals into flags, reasons and spans, so it is last.
 */
export const PIPELINE: readonly { name: string; run: Phase }[] = [
  { name: 'normalise', run: normalise },
  { name: 'segment', run: segment },
  { name: 'links', run: links },
  { name: 'submissionCues', run: submissionCues },
  { name: 'spamCues', run: spamCues },
  { name: 'toxicity', run: toxicity },
  { name: 'toxicModel', run: toxicModel },
  { name: 'claimRules', run: claimRules },
  { name: 'claimCues', run: claimCues },
  { name: 'claimModel', run: claimModel },
  { name: 'mitigations', run: mitigations },
  { name: 'advertisedCures', run: advertisedCures },
  { name: 'decide', run: decide },
]

/**
 * Each phase's additions are merged into one state object: phases never keep the state they were given,
 * so no phase can see the merge, and copying the whole state after every phase cost more than short phases.
 * `phases` is PIPELINE except where a measurement swaps one (scripts/eval-model.ts).
 */
export const runPipeline = (initial: ScreenState, phases: readonly { name: string; run: Phase }[] = PIPELINE): ScreenState => {
  const state: ScreenState = { ...initial }
  for (const phase of phases) Object.assign(state, phase.run(state))
  return state
}
