import type { Endpoint } from 'payload'
import { hasRole } from '../../../access'
import { badRequest } from '../../../lib/endpoint'
import { rescreenPending } from '../rescreen'

/** POST /api/comments/rescreen: screens every pending comment again with the current claim rules. */
export const rescreenEndpoint: Endpoint = {
  path: '/rescreen',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'moderator')) return badRequest('Only moderators can re-screen comments.', 403)
    const result = await rescreenPending(req)
    return Response.json(result)
  },
}
