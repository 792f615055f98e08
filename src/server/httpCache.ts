import etag from 'etag'

export const PUBLIC_MAX_AGE = Number(process.env.API_PUBLIC_MAX_AGE ?? 30)

/** A request that carries credentials or asks for drafts gets an answer for that user only. */
const isPersonal = (request: Request): boolean => {
  const url = new URL(request.url)
  return (
    request.headers.has('authorization') ||
    /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '') ||
    url.searchParams.get('draft') === 'true' ||
    url.pathname.startsWith('/api/users')
  )
}

/** True when an If-None-Match header names this ETag. */
export const matchesETag = (ifNoneMatch: string | string[] | null | undefined, tag: string): boolean =>
  (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : (ifNoneMatch ?? '')).split(/\s*,\s*/).includes(tag)

/**
 * The headers an API answer leaves with, once its body is in memory: public GETs of JSON get a short
 * shared max-age and a strong ETag; personal ones are private and revalidated every time; writes are
 * no-store. Content-Length is the body's.
 */
export const finalHeaders = (request: Request, response: Response, body: Buffer): Headers => {
  const headers = new Headers(response.headers)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store')
  } else if (response.status === 200 && (headers.get('content-type') ?? '').includes('application/json')) {
    headers.set('etag', etag(body))
    headers.set('vary', 'Authorization, Cookie')
    headers.set('cache-control', isPersonal(request) ? 'private, no-cache' : `public, max-age=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_MAX_AGE * 2}`)
  }
  headers.set('content-length', String(body.length))
  return headers
}
