import type { Field } from 'payload'

export const seoFields = (): Field => ({
  name: 'seo',
  type: 'group',
  admin: { description: 'Shown by search engines and link previews; falls back to the title and excerpt.' },
  fields: [
    { name: 'title', type: 'text', maxLength: 70 },
    { name: 'description', type: 'textarea', maxLength: 160 },
  ],
})
