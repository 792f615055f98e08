import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** A rejection always says why: the commenter may appeal and the log must explain the decision. */
export const requireDecisionReason: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  if (data.status && data.status !== originalDoc?.status) data.queueRank = data.status === 'pending' ? 0 : 1
  const reason = data.decisionReason ?? req.context?.decisionReason
  if (data.status === 'rejected' && originalDoc?.status !== 'rejected' && !String(reason ?? '').trim()) {
    throw new ValidationError({
      collection: 'comments',
      errors: [{ path: 'decisionReason', message: 'Give a reason when you reject a comment.' }],
    })
  }
  return data
}
