import type { PayloadRequest } from 'payload'
import { contentGeneration, ensureCoherent, onChange } from '../../lib/changes'

export interface CommentArticle {
  id: string | number
  title?: string
  slug?: string
  _status?: string
  relatedTopics?: ({ name?: string } | string | number)[]
}

const MAX_ARTICLES = 5000
const known = new Map<string, CommentArticle>()
onChange(() => known.clear())

/**
 * What a new comment needs to know about its article (published? title, slug, topic names for the
 * screening), kept in memory: every comment needs it and articles change rarely. Dropped like the
 * public-read cache (src/lib/changes.ts): at once when an article, topic or author changes through this
 * process, within CACHE_COHERENCE_MS when it changes through another; so a comment may still be
 * accepted on an article another process unpublished less than that long ago.
 */
export const commentArticle = async (req: PayloadRequest, id: string | number): Promise<CommentArticle | undefined> => {
  const coherent = ensureCoherent(req.payload)
  if (coherent) await coherent
  const key = String(id)
  const cached = known.get(key)
  if (cached) return cached
  const generation = contentGeneration()
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
  if (article && generation === contentGeneration()) {
    if (known.size >= MAX_ARTICLES) known.delete(known.keys().next().value as string)
    known.set(key, article)
  }
  return article
}
