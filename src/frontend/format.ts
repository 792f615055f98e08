const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** Dates as words, the same on the server and in every browser (UTC). */
export const formatDate = (value: string | null | undefined): string => (value ? dateFormat.format(new Date(value)) : '')

/** A whole page number from a search parameter; anything else is page 1. */
export const pageParam = (value: string | string[] | undefined): number => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1
}

/** Only web, mail and same-site links are rendered as links; anything else (javascript:, data:) is dropped. */
export const safeHref = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (/^(https?:|mailto:|tel:)/i.test(trimmed) || /^[/#?]/.test(trimmed)) return trimmed.startsWith('//') ? undefined : trimmed
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && trimmed) return `https://${trimmed}`
  return undefined
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so the text can never close the script. */
export const jsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c')
