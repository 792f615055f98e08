import type { PayloadRequest } from 'payload'
import { screenComment } from './screening'

/**
 * Re-screens pending comments after claim rules change. A re-screen never publishes a comment on its
 * own: it only refreshes the stored verdict, so the moderator sees current reasons in the queue.
 * It runs as a job (src/jobs/rescreenComments.ts); `afterBatch` lets the job keep its claim alive.
 */
export const rescreenPending = async (req: PayloadRequest, afterBatch?: () => Promise<void>): Promise<{ rescreened: number; flagged: number }> => {
  let page = 1
  let rescreened = 0
  let flagged = 0
  for (;;) {
    const batch = await req.payload.find({
      collection: 'comments',
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      limit: 100,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of batch.docs as Record<string, any>[]) {
      const { verdict, fields } = await screenComment(req, doc, doc.id)
      const { commenterHash: _keep, clientHash: _keepToo, ...verdictOnly } = fields
      await req.payload.update({ collection: 'comments', id: doc.id, data: verdictOnly, overrideAccess: true, req })
      rescreened += 1
      if (verdict.decision === 'hold') flagged += 1
    }
    await afterBatch?.()
    if (!batch.hasNextPage) break
    page += 1
  }
  return { rescreened, flagged }
}
