import type { CollectionConfig } from 'payload'
import { anyone, approvedOrModerator, isModerator, moderatorField, noField, nobody } from '../../access'
import { cleanTextFields } from './hooks/cleanTextFields'
import { checkThread } from './hooks/checkThread'
import { screenOnCreate } from './hooks/screenOnCreate'
import { requireDecisionReason } from './hooks/requireDecisionReason'
import { recordModerationEvent } from './hooks/recordModerationEvent'
import { notifyWhenHeld } from './hooks/notifyWhenHeld'
import { announcePublicChange } from './hooks/announcePublicChange'
import { answerSubmitterOnly, populateNothingForSubmitter } from './hooks/answerSubmitterOnly'
import { limitCommentRate } from './hooks/limitCommentRate'
import { serverSet } from '../../fields/serverSet'
import { moderateEndpoint } from './endpoints/moderate'
import { reportEndpoint } from './endpoints/report'
import { rescreenEndpoint } from './endpoints/rescreen'

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]
export const COMMENT_MAX_LENGTH = Number(process.env.COMMENT_MAX_LENGTH ?? 5000)

const moderatorOnly = { read: moderatorField, create: noField, update: noField }

export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  admin: {
    useAsTitle: 'excerpt',
    // The queue: pending first (queueRank 0), oldest first.
    defaultColumns: ['excerpt', 'article', 'status', 'flagSummary', 'score', 'createdAt'],
    listSearchableFields: ['body', 'authorName'],
    group: 'Moderation',
    description: 'Reader comments. Pending comments wait here for a moderator, oldest first.',
  },
  defaultSort: ['queueRank', 'createdAt'],
  access: {
    read: approvedOrModerator,
    create: anyone,
    update: isModerator,
    // Every comment has entries in the append-only moderation log, which must keep pointing at it:
    // comments are rejected or marked spam, never deleted (a delete would fail on the log's foreign key).
    delete: nobody,
  },
  endpoints: [moderateEndpoint, reportEndpoint, rescreenEndpoint],
  hooks: {
    beforeOperation: [limitCommentRate, populateNothingForSubmitter],
    beforeValidate: [cleanTextFields],
    beforeChange: [checkThread, screenOnCreate, requireDecisionReason],
    afterChange: [recordModerationEvent, notifyWhenHeld, announcePublicChange],
    afterOperation: [answerSubmitterOnly],
  },
  fields: [
    serverSet({
      // Stored (not virtual) so the admin list can use it as the title; kept in step with the body.
      name: 'excerpt',
      type: 'text',
      // Never taken from a request: the hook below fills it (access is applied before field hooks run).
      access: { create: noField, update: noField },
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData, value }) => (siblingData?.body ? String(siblingData.body).slice(0, 80) : value)] },
    }),
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      admin: { description: 'The comment this one replies to (same article).' },
    },
    { name: 'authorName', type: 'text', required: true, maxLength: 80 },
    { name: 'authorEmail', type: 'email', required: true, access: { read: moderatorField, update: noField } },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: COMMENT_MAX_LENGTH,
      access: { update: noField },
      // A custom validate replaces Payload's own, so the length limit is checked here too.
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value.trim().length === 0) return 'A comment needs some text.'
        return value.length <= COMMENT_MAX_LENGTH ? true : `A comment is limited to ${COMMENT_MAX_LENGTH} characters.`
      },
    },
    {
      name: 'status',
      type: 'select',
      options: COMMENT_STATUSES.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      // Not required in the input: readers never send it, and the screening hook always sets it.
      defaultValue: 'pending',
      index: true,
      // Never taken from a reader's request: the screening hook decides on create.
      access: { create: noField, update: moderatorField },
      admin: { position: 'sidebar' },
    },
    serverSet({
      name: 'publication',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: {
        afterRead: [({ siblingData }) => (siblingData?.status === 'approved' ? 'published' : 'awaiting_review')],
      },
    }),
    {
      name: 'decisionReason',
      type: 'textarea',
      virtual: true,
      access: { read: moderatorField, create: noField, update: moderatorField },
      admin: {
        position: 'sidebar',
        description: 'Why you changed the status (required to reject). Kept in the moderation log.',
      },
    },
    {
      name: 'editorNote',
      type: 'textarea',
      maxLength: 1000,
      access: { create: noField, update: moderatorField },
      admin: { description: 'Shown to readers under the comment, e.g. "This claim is not supported by the evidence: <link>".' },
    },
    serverSet({
      name: 'website',
      type: 'text',
      virtual: true,
      access: { read: noField },
      admin: { hidden: true, description: 'Honeypot: real readers never see or fill this field.' },
    }),
    serverSet({
      name: 'formElapsedMs',
      type: 'number',
      virtual: true,
      access: { read: noField },
      admin: { hidden: true },
    }),
    // Readable by all (it only says pending or not) because the default sort uses it for every reader.
    serverSet({ name: 'queueRank', type: 'number', index: true, defaultValue: 0, access: { create: noField, update: noField }, admin: { hidden: true } }),
    serverSet({ name: 'score', type: 'number', access: moderatorOnly, admin: { readOnly: true, position: 'sidebar' } }),
    serverSet({ name: 'flagSummary', type: 'text', access: moderatorOnly, admin: { readOnly: true } }),
    serverSet({
      name: 'moderation',
      type: 'group',
      access: moderatorOnly,
      admin: {
        readOnly: true,
        components: { Field: '/src/components/admin/ScreeningVerdict#ScreeningVerdict' },
      },
      fields: [
        serverSet({ name: 'decision', type: 'text' }),
        serverSet({ name: 'flags', type: 'json' }),
        serverSet({ name: 'reasons', type: 'json' }),
        serverSet({ name: 'spans', type: 'json' }),
        serverSet({ name: 'engineVersion', type: 'text' }),
        serverSet({ name: 'screenedAt', type: 'date' }),
      ],
    }),
    serverSet({ name: 'commenterHash', type: 'text', index: true, access: moderatorOnly, admin: { hidden: true } }),
    serverSet({ name: 'clientHash', type: 'text', access: moderatorOnly, admin: { hidden: true } }),
    serverSet({ name: 'reportCount', type: 'number', defaultValue: 0, access: moderatorOnly, admin: { readOnly: true, position: 'sidebar' } }),
  ],
  indexes: [
    // An article's approved comments, newest or oldest first, and their count.
    { fields: ['article', 'status', 'createdAt'] },
    // A page of an article's top-level approved comments (parent empty) and its count, straight from the index.
    { fields: ['article', 'status', 'parent', 'createdAt'] },
    // The approved replies to a page of comments.
    { fields: ['parent', 'status', 'createdAt'] },
  ],
}
