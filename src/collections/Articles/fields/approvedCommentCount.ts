import type { Field } from 'payload'

/** How many approved comments an article has, counted when read (never stored, so never stale). */
export const approvedCommentCount: Field = {
  name: 'approvedCommentCount',
  type: 'number',
  virtual: true,
  admin: { readOnly: true, position: 'sidebar' },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        if (!data?.id) return 0
        const { totalDocs } = await req.payload.count({
          collection: 'comments',
          where: { and: [{ article: { equals: data.id } }, { status: { equals: 'approved' } }] },
          overrideAccess: true,
          req,
        })
        return totalDocs
      },
    ],
  },
}
