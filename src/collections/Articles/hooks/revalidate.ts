import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { publishChange } from '../../../lib/changes'

/** Reader pages and the public-read cache are refreshed when what readers see changes, not on a timer. */
export const revalidateArticle: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await publishChange({ collection: 'articles', slugs: [doc.slug, previousDoc?.slug].filter(Boolean) }, req)
  }
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await publishChange({ collection: 'articles', slugs: [doc.slug] }, req)
  return doc
}
