import type { CollectionConfig } from 'payload'
import { announceChange } from '../../lib/changes'
import { anyone, isEditor } from '../../access'
import { slugField } from '../../fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Content' },
  hooks: { afterChange: [announceChange('topics')], afterDelete: [announceChange('topics')] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name', 'topics'),
    { name: 'summary', type: 'textarea', maxLength: 1000 },
    { name: 'relatedTopics', type: 'relationship', relationTo: 'topics', hasMany: true },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'relatedTopics',
      defaultSort: '-publishedAt',
      defaultLimit: 20,
      admin: { allowCreate: false },
    },
  ],
}
