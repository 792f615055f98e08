import type { CollectionAfterChangeHook } from 'payload'
import { screeningSettings } from '../screening'

/**
 * A held comment queues a notification job, so a slow mail server never delays the reader's request.
 * When the policy names nobody to tell (no emails, no webhook) there is nothing to queue. The policy is
 * the copy screening keeps (changed through another process: seen within SCREENING_SETTINGS_TTL_MS).
 */
export const notifyWhenHeld: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context?.importing) return doc // bulk imports are not moderation decisions
  const nowHeld = doc.status === 'pending' && (operation === 'create' || previousDoc?.status !== 'pending')
  if (!nowHeld) return doc
  const { policy } = await screeningSettings(req)
  if (policy.notifyEmails.length === 0 && !policy.webhookUrl) return doc
  await req.payload.jobs.queue({ task: 'notifyModerators', input: { commentId: String(doc.id) }, req })
  return doc
}
