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

/**
 * Caching for API reads: public GETs get a short shared max-age and a strong ETag (304 when it
 * matches If-None-Match); personal ones are private and revalidated every time; writes are no-store.
 */
export const withCacheHeaders = async (request: Request, response: Response): Promise<Response> => {
  const headers = new Headers(response.headers)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store')
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
  if (response.status !== 200 || !(headers.get('content-type') ?? '').includes('application/json')) return response

  const body = Buffer.from(await response.arrayBuffer())
  const tag = etag(body)
  headers.set('etag', tag)
  headers.set('vary', 'Authorization, Cookie')
  headers.set('cache-control', isPersonal(request) ? 'private, no-cache' : `public, max-age=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_MAX_AGE * 2}`)
  const matches = (request.headers.get('if-none-match') ?? '').split(/\s*,\s*/).includes(tag)
  if (matches) {
    headers.delete('content-length')
    return new Response(null, { status: 304, headers })
  }
  headers.set('content-length', String(body.length))
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}
