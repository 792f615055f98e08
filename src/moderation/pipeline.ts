import type { Phase, ScreenState } from './state'
import { normalise } from './phases/normalise'
import { segment } from './phases/segment'
import { links } from './phases/links'
import { submissionCues } from './phases/submissionCues'
import { spamCues } from './phases/spamCues'
import { toxicity } from './phases/toxicity'
import { claimRules } from './phases/claimRules'
import { claimCues } from './phases/claimCues'
import { mitigations } from './phases/mitigations'
import { decide } from './phases/decide'

/**
 * The screening phases, in order. Why this order:
 * 1. normalise, segment and links build the shared views (folded text with offsets back to the
 *    original, sentences, tokens, links) that every judging phase reads, so they come first;
 * 2. submissionCues, spamCues and toxicity each add independent signals for their own label;
 * 3. claimRules (moderators' data) and claimCues (general claim structure) add claim signals;
 * 4. mitigations must see every claim signal, from rules and cues alike, to lower those in questions,
 *    debunking, hedged or sourced sentences;
 * 5. decide turns the final signals into flags, reasons and spans, so it is last.
 */
export const PIPELINE: readonly { name: string; run: Phase }[] = [
  { name: 'normalise', run: normalise },
  { name: 'segment', run: segment },
  { name: 'links', run: links },
  { name: 'submissionCues', run: submissionCues },
  { name: 'spamCues', run: spamCues },
  { name: 'toxicity', run: toxicity },
  { name: 'claimRules', run: claimRules },
  { name: 'claimCues', run: claimCues },
  { name: 'mitigations', run: mitigations },
  { name: 'decide', run: decide },
]

/**
 * Each phase's additions are merged into one state object: phases never keep the state they were given,
 * so no phase can see the merge, and copying the whole state after every phase cost more than short phases.
 */
export const runPipeline = (initial: ScreenState): ScreenState => {
  const state: ScreenState = { ...initial }
  for (const phase of PIPELINE) Object.assign(state, phase.run(state))
  return state
}
