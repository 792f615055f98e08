import type { CollectionConfig } from 'payload'
import { nobody } from '../../access'

/**
 * One document per rate-limited attempt. Living in the database (not in process memory) is what lets
 * several app processes enforce one limit; old hits are pruned as new ones arrive.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'at', type: 'date', required: true, index: true },
  ],
}
