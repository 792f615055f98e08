import { Forbidden, type CollectionConfig } from 'payload'
import { isModerator, nobody } from '../../access'
import { serverSet } from '../../fields/serverSet'

const appendOnly = () => {
  throw new Forbidden()
}

/** The moderation log: who changed which comment from what to what, and why. Append-only for everyone. */
export const ModerationEvents: CollectionConfig = {
  slug: 'moderation-events',
  labels: { singular: 'Moderation event', plural: 'Moderation log' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'comment', 'fromStatus', 'toStatus', 'actorLabel', 'reason'],
    group: 'Moderation',
  },
  defaultSort: '-createdAt',
  access: { read: isModerator, create: nobody, update: nobody, delete: nobody },
  // Access rules stop requests; these hooks also stop trusted code (overrideAccess) from rewriting history.
  hooks: {
    beforeChange: [({ operation, data }) => (operation === 'update' ? appendOnly() : data)],
    beforeDelete: [appendOnly],
  },
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'comments', required: true, index: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: ['screened', 'approved', 'rejected', 'spam', 'pending', 'published_with_note', 'reported', 'requeued', 'rescreened'].map(
        (value) => ({ label: value.replace(/_/g, ' '), value }),
      ),
    },
    // Written only by server code (nobody may create entries through the API): see serverSet.
    serverSet({ name: 'fromStatus', type: 'text' }),
    serverSet({ name: 'toStatus', type: 'text' }),
    serverSet({ name: 'actor', type: 'relationship', relationTo: 'users' }),
    serverSet({ name: 'actorLabel', type: 'text' }),
    serverSet({ name: 'reason', type: 'textarea' }),
  ],
}
