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

const bus = new EventEmitter()
bus.setMaxListeners(50)

export const publishChange = (change: ContentChange): void => {
  bus.emit('change', change)
}

export const onChange = (listener: (change: ContentChange) => void): (() => void) => {
  bus.on('change', listener)
  return () => bus.off('change', listener)
}
