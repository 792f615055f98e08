import { EventEmitter } from 'node:events'

/**
 * Content changes that readers can see (an article published, a comment approved). Payload hooks
 * publish them; caches of public reads subscribe and drop what changed, so nothing waits on a timer.
 */
export interface ContentChange {
  collection: 'articles' | 'comments' | 'authors' | 'topics' | 'media'
  slugs?: string[]
  ids?: (string | number)[]
}

// One bus per process, on globalThis: the hooks run in the modules Express loaded, while the reader pages
// subscribe from Next's server bundle, which has its own copy of this module.
const bus: EventEmitter = ((globalThis as { __healthCmsChanges?: EventEmitter }).__healthCmsChanges ??= new EventEmitter().setMaxListeners(50))

export const publishChange = (change: ContentChange): void => {
  bus.emit('change', change)
}

export const onChange = (listener: (change: ContentChange) => void): (() => void) => {
  bus.on('change', listener)
  return () => bus.off('change', listener)
}

/** afterChange/afterDelete hook for collections whose every document readers can see (authors, topics, media). */
export const announceChange =
  (collection: ContentChange['collection']) =>
  ({ doc }: { doc: { id?: string | number; slug?: unknown } }) => {
    publishChange({ collection, ids: doc.id === undefined ? [] : [doc.id], slugs: typeof doc.slug === 'string' ? [doc.slug] : [] })
    return doc
  }
