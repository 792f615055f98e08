import type { Endpoint } from 'payload'
import { hasRole } from '../../../access'
import { badRequest, readJsonBody } from '../../../lib/endpoint'

const ACTIONS = {
  approve: { status: 'approved', needsReason: false },
  reject: { status: 'rejected', needsReason: true },
  spam: { status: 'spam', needsReason: false },
  requeue: { status: 'pending', needsReason: false },
  publish_with_note: { status: 'approved', needsReason: false },
} as const
type Action = keyof typeof ACTIONS

/**
 * POST /api/comments/:id/moderate {action, reason?, note?}: one moderator decision. The status change
 * goes through the collection's update, so its hooks write the moderation log and refresh pages.
 */
export const moderateEndpoint: Endpoint = {
  path: '/:id/moderate',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'moderator')) return badRequest('Only moderators can moderate comments.', 403)
    const body = await readJsonBody(req)
    const action = body.action as Action
    if (!(action in ACTIONS)) return badRequest(`action must be one of: ${Object.keys(ACTIONS).join(', ')}.`)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    const note = typeof body.note === 'string' ? body.note.trim() : ''
    if (ACTIONS[action].needsReason && !reason) return badRequest('Give a reason when you reject a comment.')
    if (action === 'publish_with_note' && !note) return badRequest('publish_with_note needs a note for readers.')

    const id = req.routeParams?.id as string
    const existing = await req.payload.find({ collection: 'comments', where: { id: { equals: id } }, limit: 1, depth: 0, req, overrideAccess: true })
    if (existing.docs.length === 0) return badRequest(`No comment with id ${id}.`, 404)

    req.context.moderationAction = action === 'requeue' ? 'requeued' : action === 'publish_with_note' ? 'published_with_note' : undefined
    req.context.decisionReason = reason || note
    const doc = await req.payload.update({
      collection: 'comments',
      id,
      data: { status: ACTIONS[action].status, ...(action === 'publish_with_note' ? { editorNote: note } : {}) },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ id: doc.id, status: doc.status, editorNote: doc.editorNote ?? null })
  },
}
