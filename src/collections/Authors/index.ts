import type { CollectionConfig } from 'payload'
import { announceChange } from '../../lib/changes'
import { anyone, isEditor } from '../../access'
import { slugField } from '../../fields/slug'

export const Authors: CollectionConfig = {
  slug: 'authors',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'credentials'], group: 'Content' },
  hooks: { afterChange: [announceChange('authors')], afterDelete: [announceChange('authors')] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name', 'authors'),
    { name: 'bio', type: 'richText' },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'credentials', type: 'text', admin: { description: 'e.g. "PharmD, pharmaceuticals"' } },
    { name: 'expertise', type: 'text', hasMany: true },
    { name: 'location', type: 'text' },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'author',
      defaultSort: '-publishedAt',
      defaultLimit: 20,
      admin: { allowCreate: false },
    },
  ],
}
