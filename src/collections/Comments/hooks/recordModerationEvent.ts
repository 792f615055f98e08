import type { CollectionAfterChangeHook } from 'payload'

/**
 * Every status change lands in the append-only moderation log: on create the screening decision,
 * on update the moderator's decision (or the system's, e.g. reader reports re-queuing a comment).
 */
export const recordModerationEvent: CollectionAfterChangeHook = async ({ doc, previousDoc, data, operation, req }) => {
  if (req.context?.importing) return doc // bulk imports are not moderation decisions
  const noteAdded = operation === 'update' && doc.editorNote && doc.editorNote !== previousDoc?.editorNote
  const statusChanged = operation === 'create' || doc.status !== previousDoc?.status
  if (!statusChanged && !noteAdded) return doc

  const action =
    operation === 'create'
      ? 'screened'
      : (req.context?.moderationAction as string | undefined) ??
        (noteAdded && doc.status === 'approved' ? 'published_with_note' : doc.status)
  const reason =
    operation === 'create'
      ? // `data`, not `doc`: for a reader's comment `doc` has already lost the moderator-only verdict fields.
        describeScreening({ ...doc, ...data })
      : String(data?.decisionReason ?? req.context?.decisionReason ?? (noteAdded ? doc.editorNote : '') ?? '')

  await req.payload.create({
    collection: 'moderation-events',
    data: {
      comment: doc.id,
      action,
      fromStatus: operation === 'create' ? null : previousDoc?.status,
      toStatus: doc.status,
      actor: req.user?.collection === 'users' ? req.user.id : null,
      actorLabel: req.user?.collection === 'users' ? req.user.email : (req.context?.actorLabel as string) ?? 'system',
      reason,
    },
    overrideAccess: true,
    // Nothing reads the created entry back: do not populate its comment (and that comment's article).
    depth: 0,
    req,
  })
  return doc
}

const describeScreening = (doc: Record<string, any>): string => {
  const reasons: string[] = doc.moderation?.reasons ?? []
  if (reasons.length > 0) return `Held by screening: ${reasons.join('; ')}`
  return doc.status === 'approved' ? 'Clean; published by the moderation policy.' : 'Clean; held for review by the moderation policy.'
}
