import type { CollectionBeforeChangeHook } from 'payload'
import { screenComment } from '../screening'

/** Every comment is screened as it arrives; the verdict and the policy decide its first status. */
export const screenOnCreate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.context?.keepImportedStatus && data.status) return data // bench load data, Local API only
  const { status, fields } = await screenComment(req, data)
  return { ...data, ...fields, status, queueRank: status === 'pending' ? 0 : 1 }
}
