import type { CollectionAfterChangeHook } from 'payload'

/** A held comment queues a notification job, so a slow mail server never delays the reader's request. */
export const notifyWhenHeld: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context?.importing) return doc // bulk imports are not moderation decisions
  const nowHeld = doc.status === 'pending' && (operation === 'create' || previousDoc?.status !== 'pending')
  if (!nowHeld) return doc
  await req.payload.jobs.queue({ task: 'notifyModerators', input: { commentId: String(doc.id) }, req })
  return doc
}
