import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { publishChange } from '../../../lib/changes'

/** Reader pages and the public-read cache are refreshed when what readers see changes, not on a timer. */
export const revalidateArticle: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    publishChange({ collection: 'articles', slugs: [doc.slug, previousDoc?.slug].filter(Boolean) })
  }
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook = ({ doc }) => {
  publishChange({ collection: 'articles', slugs: [doc.slug] })
  return doc
}
