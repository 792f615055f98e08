import { APIError, type PayloadRequest } from 'payload'

export interface Limit {
  max: number
  windowMs: number
}

/** "10/60" = at most 10 attempts per 60 seconds; "off" disables the limit. */
export const parseLimit = (value: string | undefined, fallback: Limit): Limit | undefined => {
  if (value === 'off') return undefined
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '')
  return match ? { max: Number(match[1]), windowMs: Number(match[2]) * 1000 } : fallback
}

export class RateLimitError extends APIError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 429, { retryAfter: retryAfterSeconds }, true)
  }
}

/**
 * Sliding-window limit shared by every app process through the database. The attempt is recorded
 * first and counted after, so two processes racing on the last slot cannot both get through.
 */
export const consume = async (req: PayloadRequest, key: string, limit: Limit, what: string): Promise<void> => {
  const now = Date.now()
  const windowStart = new Date(now - limit.windowMs).toISOString()
  await req.payload.create({ collection: 'rate-limit-hits', data: { key, at: new Date(now).toISOString() }, overrideAccess: true, req })
  const recent = await req.payload.find({
    collection: 'rate-limit-hits',
    where: { and: [{ key: { equals: key } }, { at: { greater_than: windowStart } }] },
    sort: 'at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (recent.totalDocs <= limit.max) return
  const oldest = Date.parse(String((recent.docs[0] as { at: string }).at))
  const retryAfter = Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000))
  req.responseHeaders = new Headers({ 'Retry-After': String(retryAfter) })
  throw new RateLimitError(`Too many ${what}. Try again in ${retryAfter} s.`, retryAfter)
}

/** Drops hits older than the longest window; called now and then, not on every request. */
export const pruneHits = async (req: PayloadRequest, olderThanMs: number): Promise<void> => {
  await req.payload.delete({
    collection: 'rate-limit-hits',
    where: { at: { less_than: new Date(Date.now() - olderThanMs).toISOString() } },
    overrideAccess: true,
    req,
  })
}
