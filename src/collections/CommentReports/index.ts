import type { CollectionConfig } from 'payload'
import { isModerator, nobody } from '../../access'

/** Readers' reports of published comments; created only through POST /api/comments/:id/report. */
export const CommentReports: CollectionConfig = {
  slug: 'comment-reports',
  labels: { singular: 'Comment report', plural: 'Comment reports' },
  admin: { defaultColumns: ['comment', 'reason', 'createdAt'], group: 'Moderation' },
  access: { read: isModerator, create: nobody, update: nobody, delete: isModerator },
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'comments', required: true, index: true },
    { name: 'reason', type: 'textarea', required: true, maxLength: 1000 },
    { name: 'reporterHash', type: 'text', required: true, index: true, admin: { readOnly: true } },
  ],
}
