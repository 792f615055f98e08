import type { Phase, Signal } from '../state'
import { outletIn } from './spamCues'
import { quoteOriginal } from './normalise'

/** Added to the outlet's own spam signal: an unvetted link (0.3) and this together pass the default threshold. */
const ADVERTISED_CURE_WEIGHT = 0.3

/**
 * A cure claim told beside a place to get it is an advert as well as a claim ("Reverse sun damage naturally with
 * Solar Shield capsules ... www.solarshield-nutra.com/offer", "the herbalist who cured my diabetes, email ..."). It
 * runs after mitigations, so a cure that is asked about, hedged or debunked ("does this really cure it? see ...")
 * counts for nothing here.
 */
export const advertisedCures: Phase = ({ original, norm, links, signals, policy }) => {
  const cureClaimed = signals.some(
    (signal) => signal.label === 'unsupported_claim' && signal.category === 'miracle_cure' && signal.score >= policy.thresholds.unsupported_claim,
  )
  if (!cureClaimed) return {}
  const outlet = outletIn(norm.text, links)
  if (!outlet) return {}
  const advert: Signal = {
    label: 'spam',
    score: ADVERTISED_CURE_WEIGHT,
    reason: `advertises a cure with a place to get it ('${quoteOriginal(original, norm, outlet.start, outlet.end)}')`,
    start: outlet.start,
    end: outlet.end,
    origin: 'cue',
  }
  return { signals: [...signals, advert] }
}
