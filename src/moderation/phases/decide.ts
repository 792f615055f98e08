import type { Phase, Signal } from '../state'
import { LABELS, type Flag, type Label, type Span } from '../types'
import { ENGINE_VERSION } from '../version'
import { combineScores, clampScore } from './scoring'
import { originalRange } from './normalise'

/**
 * Turns signals into the verdict. Claims and toxicity take the strongest signal (one clear insult is
 * enough; two weak claim cues are not a strong claim). Spam combines its cues, because spam is usually
 * several mild signs together. A comment is held iff any label reaches its threshold; the engine never
 * rejects, a moderator decides (PAN 2024: hold for a human, never auto-reject on a claim signal).
 */
const COMBINE: Record<Label, (scores: number[]) => number> = {
  unsupported_claim: (scores) => Math.max(0, ...scores),
  toxic: (scores) => Math.max(0, ...scores),
  spam: combineScores,
}

const byScore = (a: Signal, b: Signal) => b.score - a.score

/**
 * One label's spans, which never overlap: sorted by start, their ends are sorted too, so whether a new
 * range overlaps one is a binary search rather than a scan of every span (comments near the length limit
 * can carry a thousand spans).
 */
class DisjointRanges {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** Index of the first range ending after `at`. */
  private firstEndingAfter(at: number): number {
    let low = 0
    let high = this.ends.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.ends[middle] > at) high = middle
      else low = middle + 1
    }
    return low
  }
  overlaps(start: number, end: number): boolean {
    const index = this.firstEndingAfter(start)
    return index < this.starts.length && this.starts[index] < end
  }
  add(start: number, end: number) {
    const index = this.firstEndingAfter(start)
    this.starts.splice(index, 0, start)
    this.ends.splice(index, 0, end)
  }
}

export const decide: Phase = ({ original, norm, signals, policy }) => {
  const flags: Flag[] = []
  const spans: Span[] = []
  for (const label of LABELS) {
    const threshold = policy.thresholds[label]
    const own = signals.filter((signal) => signal.label === label && signal.score > 0).sort(byScore)
    const score = clampScore(COMBINE[label](own.map((signal) => signal.score)))
    if (own.length === 0 || score < threshold) continue
    // A spam cue counts towards the verdict even when it is weak alone; a claim or insult must be strong itself.
    const explaining = label === 'spam' ? own : own.filter((signal) => signal.score >= threshold)
    flags.push({ label, score, reasons: [...new Set(explaining.map((signal) => signal.reason))] })
    const taken = new DisjointRanges()
    for (const signal of explaining) {
      if (signal.start === undefined || signal.end === undefined || signal.end <= signal.start) continue
      const range = originalRange(norm, signal.start, signal.end)
      if (taken.overlaps(range.start, range.end)) continue
      taken.add(range.start, range.end)
      // Spelled out: V8 builds `{ ...range, more }` on a slow path that cost microseconds per span.
      spans.push({ start: range.start, end: range.end, text: original.slice(range.start, range.end), label, reason: signal.reason })
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end)
  return {
    verdict: {
      decision: flags.length > 0 ? 'hold' : 'allow',
      flags,
      reasons: flags.flatMap((flag) => flag.reasons),
      spans,
      engineVersion: ENGINE_VERSION,
    },
  }
}
