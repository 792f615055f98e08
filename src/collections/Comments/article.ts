import type { PayloadRequest } from 'payload'
import { createContentCache } from '../../lib/contentCache'

export interface CommentArticle {
  id: string | number
  title?: string
  slug?: string
  _status?: string
  relatedTopics?: ({ name?: string } | string | number)[]
}

const known = createContentCache<CommentArticle>({ maxEntries: 5000 })

/**
 * What a new comment needs to know about its article (published? title, slug, topic names for the
 * screening), kept in memory: every comment needs it and articles change rarely. Dropped like the
 * public-read cache (src/lib/changes.ts): at once when an article, topic or author changes through this
 * process, within CACHE_COHERENCE_MS when it changes through another; so a comment may still be
 * accepted on an article another process unpublished less than that long ago.
 */
export const commentArticle = (req: PayloadRequest, id: string | number): Promise<CommentArticle | undefined> =>
  known.load(req.payload, String(id), async () => {
    const found = await req.payload.find({
      collection: 'articles',
      where: { id: { equals: id } },
      select: { title: true, slug: true, _status: true, relatedTopics: true },
      populate: { topics: { name: true } },
      depth: 1,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return found.docs[0] as CommentArticle | undefined
  })
