import React from 'react'
import type { Payload } from 'payload'

/** Dashboard banner: how many comments wait for a moderator, with a link to the queue. */
export const ModerationSummary = async ({ payload }: { payload: Payload }) => {
  const [pending, flagged] = await Promise.all([
    payload.count({ collection: 'comments', where: { status: { equals: 'pending' } }, overrideAccess: true }),
    payload.count({
      collection: 'comments',
      where: { and: [{ status: { equals: 'pending' } }, { flagSummary: { exists: true } }, { flagSummary: { not_equals: '' } }] },
      overrideAccess: true,
    }),
  ])
  return (
    <div className="moderation-summary" style={{ marginBottom: '2rem' }}>
      <h2>Moderation</h2>
      <p>
        <a href="/admin/collections/comments?where[status][equals]=pending">
          {pending.totalDocs} comment{pending.totalDocs === 1 ? '' : 's'} awaiting review
        </a>
        {flagged.totalDocs > 0 ? `, ${flagged.totalDocs} flagged by screening` : ''}.
      </p>
    </div>
  )
}
