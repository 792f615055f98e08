import type { Endpoint } from 'payload'
import { keyedHash } from '../../../lib/hash'
import { CLIENT_IP_HEADER } from '../../../lib/clientIp'
import { badRequest, readJsonBody } from '../../../lib/endpoint'
import { loadPolicy } from '../../../globals/ModerationPolicy'

/**
 * POST /api/comments/:id/report {reason}: a reader reports a published comment. Reports count once
 * per reporter (by IP, or by email when given); enough distinct reports send it back to the queue.
 */
export const reportEndpoint: Endpoint = {
  path: '/:id/report',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    if (!reason) return badRequest('Say why you are reporting this comment (reason).')
    if (reason.length > 1000) return badRequest('The reason is limited to 1000 characters.')

    const id = req.routeParams?.id as string
    const found = await req.payload.find({
      collection: 'comments',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'approved' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const comment = found.docs[0]
    if (!comment) return badRequest(`No published comment with id ${id}.`, 404)

    const reporter = (typeof body.email === 'string' && body.email) || req.headers.get(CLIENT_IP_HEADER) || 'unknown'
    const reporterHash = keyedHash(req.payload.secret, reporter)
    const already = await req.payload.count({
      collection: 'comment-reports',
      where: { and: [{ comment: { equals: comment.id } }, { reporterHash: { equals: reporterHash } }] },
      overrideAccess: true,
      req,
    })
    if (already.totalDocs === 0) {
      await req.payload.create({ collection: 'comment-reports', data: { comment: comment.id, reason, reporterHash }, overrideAccess: true, req })
    }
    const reports = await req.payload.count({ collection: 'comment-reports', where: { comment: { equals: comment.id } }, overrideAccess: true, req })
    const policy = await loadPolicy(req)
    let requeued = false
    if (reports.totalDocs >= policy.reportsToRequeue) {
      req.context.moderationAction = 'requeued'
      req.context.decisionReason = `${reports.totalDocs} reader reports; latest: ${reason}`
      req.context.actorLabel = 'readers'
      await req.payload.update({ collection: 'comments', id: comment.id, data: { status: 'pending', reportCount: reports.totalDocs }, overrideAccess: true, req })
      requeued = true
    } else {
      await req.payload.update({ collection: 'comments', id: comment.id, data: { reportCount: reports.totalDocs }, overrideAccess: true, req })
    }
    return Response.json({ received: true, requeued }, { status: 202 })
  },
}
