import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access'

/**
 * A reader who submits a comment learns its id and whether it is published or awaiting review,
 * nothing about the screening (which would teach spammers what to avoid).
 */
export const answerSubmitterOnly: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'create' || hasRole(req.user, 'moderator') || !result) return result
  const doc = result as { id: string | number; status?: string }
  return {
    id: doc.id,
    status: doc.status === 'approved' ? 'approved' : 'pending',
    publication: doc.status === 'approved' ? 'published' : 'awaiting_review',
  } as typeof result
}

/**
 * Since a reader's answer is only that (id and status), Payload need not populate the stored comment's
 * relationships (its article at depth 2, with author, media, topics and the comment count) to build it.
 */
export const populateNothingForSubmitter: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || hasRole(req.user, 'moderator')) return args
  return { ...args, depth: 0 }
}
