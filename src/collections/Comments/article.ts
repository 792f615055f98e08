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
export const commentArticle = async (req: PayloadRequest, id: string | number): Promise<CommentArticle | undefined> => {
  const coherent = known.ready(req.payload)
  if (coherent) await coherent
  const key = String(id)
  const cached = known.get(key)
  if (cached) return cached
  const generation = known.begin()
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
  const article = found.docs[0] as CommentArticle | undefined
  if (article) known.set(key, article, generation)
  return article
}
