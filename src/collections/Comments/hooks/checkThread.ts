import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { relationId } from '../../../lib/relation'

/** A comment belongs to a published article; a reply belongs to a comment on the same article. */
export const checkThread: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: 'comments', errors: [{ path, message }] })
  }
  const articleId = relationId(data.article)
  const article = articleId === undefined ? undefined : await findById(req, 'articles', articleId)
  if (!article || article._status !== 'published') fail('article', 'Comments can only be posted on a published article.')

  const parentId = relationId(data.parent)
  if (parentId !== undefined) {
    const parent = await findById(req, 'comments', parentId)
    if (!parent) fail('parent', 'The comment you are replying to does not exist.')
    else if (String(relationId(parent.article)) !== String(articleId))
      fail('parent', 'A reply must be on the same article as the comment it answers.')
  }
  return data
}

const findById = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], collection: 'articles' | 'comments', id: string | number) => {
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs[0] as Record<string, any> | undefined
}
