import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { announceChange } from '../../lib/changes'
import { anyone, isEditor } from '../../access'

export const MEDIA_DIR = path.resolve(process.env.MEDIA_DIR ?? 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'Content' },
  hooks: { afterChange: [announceChange('media')], afterDelete: [announceChange('media')] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    // Every derived size is WebP: a third of a JPEG's bytes at the same quality for article images.
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 768, height: 432, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
    ],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, maxLength: 300, admin: { description: 'Describes the image for screen readers.' } },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}
