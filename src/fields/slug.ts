import type { Field, FieldHook } from 'payload'
import { slugify } from '../lib/slugify'

/**
 * A URL slug filled from another field when left empty. Uniqueness is checked in a hook as well as by
 * the database index, because not every adapter enforces unique indexes (see the MongoDB stand-in).
 */
export const slugField = (sourceField: string, collection: string): Field => {
  const fillAndCheck: FieldHook = async ({ value, data, originalDoc, req, operation }) => {
    const source = (data?.[sourceField] ?? originalDoc?.[sourceField]) as string | undefined
    const slug = slugify(typeof value === 'string' && value.trim() ? value : (source ?? ''))
    if (!slug) return value
    const clash = await req.payload.find({
      collection: collection as 'articles',
      where: {
        and: [
          { slug: { equals: slug } },
          ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      req,
    })
    if (clash.docs.length > 0) {
      const { ValidationError } = await import('payload')
      throw new ValidationError({
        collection,
        errors: [{ message: `The slug "${slug}" is already used by another document.`, path: 'slug' }],
      })
    }
    return slug
  }
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: `Filled from the ${sourceField} when left empty.` },
    hooks: { beforeValidate: [fillAndCheck] },
  }
}
