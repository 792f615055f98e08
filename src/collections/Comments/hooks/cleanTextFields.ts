import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { cleanText } from '../../../lib/text'

const TEXT_FIELDS = ['authorName', 'authorEmail', 'body', 'editorNote', 'decisionReason'] as const

export const cleanTextFields: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  // Payload would store a number or an object as text; a reader's client sending one is a bad request.
  const notText = TEXT_FIELDS.filter((field) => data[field] !== undefined && data[field] !== null && typeof data[field] !== 'string')
  if (notText.length > 0) {
    throw new ValidationError({ collection: 'comments', errors: notText.map((path) => ({ path, message: `${path} must be text.` })) })
  }
  for (const field of TEXT_FIELDS) if (field in data) data[field] = cleanText(data[field])
  return data
}
