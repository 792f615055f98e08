import type { CollectionConfig } from 'payload'
import { isEditor, isStaffUser, publishedOrStaff } from '../../access'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidate'
import { articleCommentsEndpoint } from './endpoints/comments'
import { approvedCommentCount } from './fields/approvedCommentCount'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'publishedAt', '_status'],
    group: 'Content',
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaffUser,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  defaultSort: '-publishedAt',
  endpoints: [articleCommentsEndpoint],
  hooks: { afterChange: [revalidateArticle], afterDelete: [revalidateDeletedArticle] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title', 'articles'),
    { name: 'excerpt', type: 'textarea', maxLength: 600 },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        // A published article always has a date; the editor may set an earlier one.
        beforeChange: [({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)],
      },
    },
    { name: 'author', type: 'relationship', relationTo: 'authors', index: true, admin: { position: 'sidebar' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText' },
    {
      name: 'faq',
      type: 'array',
      labels: { singular: 'FAQ entry', plural: 'FAQ' },
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 300 },
        { name: 'answer', type: 'textarea', required: true, maxLength: 3000 },
      ],
    },
    { name: 'relatedTopics', type: 'relationship', relationTo: 'topics', hasMany: true, index: true, admin: { position: 'sidebar' } },
    seoFields(),
    approvedCommentCount,
  ],
}
