import type { Endpoint } from 'payload'
import { hasRole } from '../../../access'
import { badRequest } from '../../../lib/endpoint'
import { runJobNow } from '../../../jobs/runner'
import { takeRescreenResult } from '../../../jobs/rescreenComments'

/**
 * POST /api/comments/rescreen: screens every pending comment again with the current claim rules.
 * The work is a `rescreenComments` job (durable, run by exactly one process); this process claims and
 * runs it at once and answers 200 with the counts. If another process's runner claimed it first, or the
 * run failed and awaits a retry, the answer is 202 with the job's id: the queue finishes it.
 */
export const rescreenEndpoint: Endpoint = {
  path: '/rescreen',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'moderator')) return badRequest('Only moderators can re-screen comments.', 403)
    const job = await req.payload.jobs.queue({ task: 'rescreenComments', input: { requestedBy: String(req.user?.email ?? '') } })
    const outcome = await runJobNow(req.payload, job.id)
    const result = outcome === 'ran' ? takeRescreenResult(job.id) : undefined
    if (result) return Response.json({ ...result, jobId: job.id })
    return Response.json({ jobId: job.id, status: 'queued' }, { status: 202 })
  },
}
