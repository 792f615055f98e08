import type { CollectionAfterOperationHook } from 'payload'
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
