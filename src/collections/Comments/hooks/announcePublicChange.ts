import type { CollectionAfterChangeHook } from 'payload'
import { publishChange } from '../../../lib/changes'
import { relationId } from '../../../lib/relation'

/** Readers' pages change when a comment becomes (or stops being) public. */
export const announcePublicChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const wasPublic = previousDoc?.status === 'approved'
  const isPublic = doc.status === 'approved'
  if (wasPublic || isPublic) {
    const articleId = relationId(doc.article)
    await publishChange({ collection: 'comments', ids: articleId === undefined ? [] : [articleId] }, req)
  }
  return doc
}
