import type { CollectionBeforeChangeHook } from 'payload'
import { screenComment } from '../screening'

/** Every comment is screened as it arrives; the verdict and the policy decide its first status. */
export const screenOnCreate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // Bulk imports (Local API only; REST cannot set context) keep their status and skip screening.
  if (req.context?.importing && data.status) return { ...data, queueRank: data.status === 'pending' ? 0 : 1 }
  const { status, fields } = await screenComment(req, data)
  return { ...data, ...fields, status, queueRank: status === 'pending' ? 0 : 1 }
}
