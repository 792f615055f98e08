import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/**
 * Payload leaves duplicate emails to the database's unique index. Not every database enforces it
 * (the MongoDB stand-in does not), so the rule is checked here too and answered as a field error (400).
 * The comparison uses the form Payload stores: lower case, trimmed. The index stays as the last word
 * on a race between two simultaneous requests.
 */
export const rejectDuplicateEmail: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (typeof data?.email !== 'string') return data
  const email = data.email.toLowerCase().trim()
  if (!email || (operation === 'update' && email === originalDoc?.email)) return data
  const taken = await req.payload.count({
    collection: 'users',
    where: {
      and: [{ email: { equals: email } }, ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
    },
    overrideAccess: true,
    req,
  })
  if (taken.totalDocs > 0) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: `The email "${email}" is already used by another account.`, path: 'email' }],
    })
  }
  return data
}
