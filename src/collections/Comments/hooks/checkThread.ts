import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { relationId } from '../../../lib/relation'
import { commentArticle } from '../article'

/** A comment belongs to a published article; a reply belongs to a comment on the same article. */
export const checkThread: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: 'comments', errors: [{ path, message }] })
  }
  const articleId = relationId(data.article)
  const article = articleId === undefined ? undefined : await commentArticle(req, articleId)
  if (!article || article._status !== 'published') fail('article', 'Comments can only be posted on a published article.')

  const parentId = relationId(data.parent)
  if (parentId !== undefined) {
    const parent = await findParent(req, parentId)
    if (!parent) fail('parent', 'The comment you are replying to does not exist.')
    else if (String(relationId(parent.article)) !== String(articleId))
      fail('parent', 'A reply must be on the same article as the comment it answers.')
  }
  return data
}

const findParent = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], id: string | number) => {
  const found = await req.payload.find({
    collection: 'comments',
    where: { id: { equals: id } },
    select: { article: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs[0] as Record<string, any> | undefined
}
