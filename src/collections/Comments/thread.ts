import { APIError, type PayloadRequest, type Where } from 'payload'

export type ThreadSort = 'newest' | 'oldest'

export interface ThreadedComment {
  id: string | number
  authorName: string
  body: string
  editorNote: string | null
  createdAt: string
  parent: string | number | null
  replies: ThreadedComment[]
}

export interface CommentThreadPage {
  article: { id: string | number; slug: string }
  docs: ThreadedComment[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/** Replies nest this deep at most; deeper replies are attached to their nearest shown ancestor. */
const MAX_REPLY_DEPTH = 6
const PUBLIC_FIELDS = { authorName: true, body: true, editorNote: true, createdAt: true, parent: true } as const

const toThreaded = (doc: Record<string, any>): ThreadedComment => ({
  id: doc.id,
  authorName: doc.authorName,
  body: doc.body,
  editorNote: doc.editorNote ?? null,
  createdAt: doc.createdAt,
  parent: typeof doc.parent === 'object' && doc.parent ? doc.parent.id : (doc.parent ?? null),
  replies: [],
})

// `exists: false` is `parent IS NULL` in SQL and "missing or null" in MongoDB; one condition, so the
// (article, status, parent, createdAt) index answers both the page and its count.
const isTopLevel: Where = { parent: { exists: false } }

/**
 * One page of an article's comments as threads: top-level comments paginated and sorted, each with
 * its replies (oldest first) underneath. Runs with the caller's access, so readers get approved
 * comments only and drafts' comments not at all.
 */
export const commentThreads = async (
  req: PayloadRequest,
  { slug, sort = 'newest', page = 1, limit = 20 }: { slug: string; sort?: ThreadSort; page?: number; limit?: number },
): Promise<CommentThreadPage> => {
  if (!['newest', 'oldest'].includes(sort)) throw new APIError('sort must be "newest" or "oldest".', 400, undefined, true)
  if (!Number.isInteger(page) || page < 1) throw new APIError('page must be a whole number from 1.', 400, undefined, true)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new APIError('limit must be a whole number from 1 to 100.', 400, undefined, true)

  const articles = await req.payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    select: { slug: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const article = articles.docs[0]
  if (!article) throw new APIError(`No published article with slug "${slug}".`, 404, undefined, true)

  const top = await req.payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: article.id } }, isTopLevel] },
    sort: sort === 'newest' ? '-createdAt' : 'createdAt',
    page,
    limit,
    depth: 0,
    select: PUBLIC_FIELDS,
    overrideAccess: false,
    req,
  })
  const roots = top.docs.map(toThreaded)
  const byId = new Map(roots.map((comment) => [String(comment.id), comment]))
  let frontier = roots
  for (let level = 0; level < MAX_REPLY_DEPTH && frontier.length > 0; level += 1) {
    const replies = await req.payload.find({
      collection: 'comments',
      where: { parent: { in: frontier.map((comment) => comment.id) } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      select: PUBLIC_FIELDS,
      overrideAccess: false,
      req,
    })
    frontier = replies.docs.map(toThreaded)
    for (const reply of frontier) {
      byId.get(String(reply.parent))?.replies.push(reply)
      byId.set(String(reply.id), reply)
    }
  }
  return {
    article: { id: article.id, slug: article.slug as string },
    docs: roots,
    totalDocs: top.totalDocs,
    totalPages: top.totalPages,
    page: top.page ?? page,
    limit,
    hasNextPage: top.hasNextPage,
    hasPrevPage: top.hasPrevPage,
  }
}
