import slugifyLib from 'slugify'

/** Lower-case ASCII slugs; Greek letters (NF-κB, TNF-α) are transliterated by the library's charmap. */
export const slugify = (text: string): string =>
  slugifyLib(text.normalize('NFKC').replace(/[‐-―]/g, '-'), { lower: true, strict: true, trim: true })
