import type { CollectionBeforeValidateHook } from 'payload'
import { cleanText } from '../../../lib/text'

const TEXT_FIELDS = ['authorName', 'authorEmail', 'body', 'editorNote', 'decisionReason'] as const

export const cleanTextFields: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  for (const field of TEXT_FIELDS) if (field in data) data[field] = cleanText(data[field])
  return data
}
