import type { Phase, Signal } from '../state'
import { normaliseText } from './normalise'

/**
 * Spam cues that come from how the comment was submitted rather than what it says (Remark42's honeypot,
 * WordPress's duplicate and flood checks). They carry no span: there is no text to point at.
 */
const REPEAT_SIMILARITY = 0.8
const SHINGLE = 3

const shingles = (text: string): Set<string> => {
  const words = normaliseText(text).text.split(/[^a-z0-9]+/).filter(Boolean)
  const out = new Set<string>()
  if (words.length < SHINGLE) out.add(words.join(' '))
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '))
  return out
}

/** Jaccard similarity of word 3-gram sets: catches a re-post with a word or two changed. */
export const similarity = (a: string, b: string): number => {
  const left = shingles(a)
  const right = shingles(b)
  let shared = 0
  for (const item of left) if (right.has(item)) shared++
  const union = left.size + right.size - shared
  return union === 0 ? 0 : shared / union
}

export const submissionCues: Phase = ({ original, context, policy, signals }) => {
  const found: Signal[] = []
  if (context.honeypot && context.honeypot.trim() !== '')
    found.push({ label: 'spam', score: 1, reason: 'filled in the hidden honeypot field that only bots see', origin: 'context' })
  if (typeof context.elapsedMs === 'number' && context.elapsedMs >= 0 && context.elapsedMs < policy.minElapsedMs)
    found.push({
      label: 'spam',
      score: 0.6,
      reason: `submitted ${Math.round(context.elapsedMs)} ms after the form opened (faster than ${policy.minElapsedMs} ms)`,
      origin: 'context',
    })
  const repeated = original.trim().length > 0 && (context.recentBodies ?? []).some((body) => similarity(body, original) >= REPEAT_SIMILARITY)
  if (repeated) found.push({ label: 'spam', score: 0.8, reason: 'repeats a recent comment by the same commenter', origin: 'context' })
  return { signals: [...signals, ...found] }
}
