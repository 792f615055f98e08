import type { Request, RequestHandler, Response } from 'express'
import { createRequest } from '@remix-run/node-fetch-server'
import { Kind, parse } from 'graphql'
import type { Payload, SanitizedConfig } from 'payload'
import { createContentCache } from '../lib/contentCache'
import { finalHeaders, matchesETag } from './httpCache'
import { readBody, requestWithBody, sendBuffered } from './fetchBridge'

/**
 * An in-process cache of anonymous public API reads, in front of Payload: REST GETs of the public
 * collections (articles, authors, topics, media, approved comments, /api/articles/:slug/comments) and
 * GraphQL queries. A hit is answered from memory without touching Payload or the database.
 *
 * What is never cached: requests with credentials (an Authorization header or Payload's token cookie),
 * drafts (`draft` in the query), versions, files, other collections, GraphQL mutations, answers other
 * than 200 (and GraphQL answers with errors) and answers that set cookies.
 *
 * Correctness: every entry is dropped when content changes (src/lib/changes.ts): at once for changes
 * made through this process, within CACHE_COHERENCE_MS for changes made by other processes. A fill
 * that started before a change is not stored. PUBLIC_READ_CACHE=off turns the cache off;
 * PUBLIC_READ_CACHE_ENTRIES and PUBLIC_READ_CACHE_MB bound it (least recently used entries go first).
 */
export const PUBLIC_COLLECTIONS = new Set(['articles', 'authors', 'topics', 'media', 'comments'])
export const CACHE_HEADER = 'x-cache'

interface Entry {
  status: number
  headers: Record<string, string>
  body: Buffer
  etag?: string
  /** `headers` without Content-Length, for a 304. */
  notModifiedHeaders?: Record<string, string>
  size: number
}

const withoutLength = ({ 'content-length': _length, ...headers }: Record<string, string>) => headers

type FetchHandler = (request: globalThis.Request) => Promise<globalThis.Response>

export interface PublicReadCache {
  /** GET /api/...: answers hits, fills misses; passes requests it does not cache to the next handler. */
  rest: (handler: FetchHandler) => RequestHandler
  /** POST /api/graphql: the same for queries. */
  graphql: (handler: FetchHandler) => RequestHandler
  /** Drops every entry (tests, admin tooling). */
  clear: () => void
  readonly size: number
}

const option = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

export const createPublicReadCache = (payload: Payload, config: SanitizedConfig): PublicReadCache => {
  const enabled = process.env.PUBLIC_READ_CACHE !== 'off'
  const maxEntries = option('PUBLIC_READ_CACHE_ENTRIES', 2000)
  const maxBytes = option('PUBLIC_READ_CACHE_MB', 64) * 1024 * 1024
  const tokenCookie = `${config.cookiePrefix ?? 'payload'}-token=`
  const entries = createContentCache<Entry>({ maxEntries, maxBytes, sizeOf: (entry) => entry.size })
  const filling = new Map<string, Promise<Entry | undefined>>()

  /** Anonymous: no credential Payload would read (Authorization header: JWT, Bearer, API key; the token cookie). */
  const anonymous = (req: Request) =>
    !req.headers.authorization && !(req.headers.cookie ?? '').includes(tokenCookie) && !req.headers['x-payload-http-method-override']

  /** CORS headers differ by Origin only when it is an allowed one; every other origin shares the entry. */
  const originKey = (req: Request) => {
    const origin = req.headers.origin
    if (!origin) return ''
    const cors = config.cors
    if (Array.isArray(cors)) return cors.includes(origin) ? origin : ''
    if (cors && typeof cors === 'object' && Array.isArray(cors.origins)) return cors.origins.includes(origin) ? origin : ''
    return ''
  }

  const send = (req: Request, res: Response, entry: Entry, state: 'HIT' | 'MISS') => {
    res.setHeader(CACHE_HEADER, state)
    if (entry.etag && matchesETag(req.headers['if-none-match'], entry.etag)) {
      // Built once per entry: revalidating clients send If-None-Match on every read.
      entry.notModifiedHeaders ??= withoutLength(entry.headers)
      res.writeHead(304, entry.notModifiedHeaders)
      res.end()
      return
    }
    res.writeHead(entry.status, entry.headers)
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  /**
   * A hit is sent from memory; on a miss one request computes the answer (identical requests arriving
   * meanwhile wait for it) and stores it when it may be shared and no change happened while it ran.
   */
  const answer = async (
    req: Request,
    res: Response,
    key: string,
    compute: () => Promise<{ request: globalThis.Request; response: globalThis.Response }>,
    shareable: (entry: Entry) => boolean,
  ) => {
    const coherent = entries.ready(payload)
    if (coherent) await coherent
    const hit = entries.get(key)
    if (hit) return send(req, res, hit, 'HIT')
    const inFlight = filling.get(key)
    if (inFlight) {
      const shared = await inFlight
      if (shared) return send(req, res, shared, 'HIT')
    }

    const generation = entries.begin()
    let done: (entry: Entry | undefined) => void = () => undefined
    const leader = !filling.has(key)
    if (leader) filling.set(key, new Promise((resolve) => (done = resolve)))
    try {
      const { request, response } = await compute()
      const body = Buffer.from(await response.arrayBuffer())
      const headers = finalHeaders(request, response, body)
      const entry: Entry = { status: response.status, headers: {}, body, etag: headers.get('etag') ?? undefined, size: body.length + key.length + 512 }
      const cacheable =
        response.status === 200 && (headers.get('content-type') ?? '').includes('application/json') && !headers.has('set-cookie') && shareable(entry)
      if (!cacheable) {
        // Sent as Payload answered it (several Set-Cookie headers stay separate).
        if (leader) done(undefined)
        return sendBuffered(res, request, response.status, headers, body)
      }
      entry.headers = Object.fromEntries(headers)
      // Content changed while this ran: answer this request, but neither keep the result nor hand it to
      // requests that arrived meanwhile (they may come after the change, e.g. from its author).
      const current = entries.set(key, entry, generation)
      if (leader) done(current ? entry : undefined)
      send(req, res, entry, 'MISS')
    } catch (error) {
      if (leader) done(undefined)
      throw error
    } finally {
      if (leader) filling.delete(key)
    }
  }

  const rest: PublicReadCache['rest'] = (handler) => (req, res, next) => {
    if (!enabled || req.method !== 'GET' || !anonymous(req)) return next()
    const url = req.originalUrl
    const [path, search = ''] = url.split('?', 2)
    const segments = path.split('/') // ['', 'api', collection, ...]
    if (!PUBLIC_COLLECTIONS.has(segments[2]) || segments[3] === 'versions' || segments[3] === 'file') return next()
    if (/(?:^|&)draft(?:=|&|$)/.test(search)) return next()
    const key = `GET ${originKey(req)} ${url}`
    answer(req, res, key, async () => {
      const request = createRequest(req, res)
      return { request, response: await handler(request) }
    }, () => true).catch(next)
  }

  const graphql: PublicReadCache['graphql'] = (handler) => (req, res, next) => {
    if (!enabled || !anonymous(req) || !(req.headers['content-type'] ?? '').startsWith('application/json')) return next()
    readBody(req)
      .then((raw) => {
        const source = raw.toString('utf8')
        const key = `POST ${originKey(req)} ${req.originalUrl}\n${source}`
        return answer(req, res, key, async () => {
          const request = requestWithBody(req, raw)
          return { request, response: await handler(request) }
        }, (entry) => onlyQueries(source) && !hasErrors(entry.body))
      })
      .catch(next)
  }

  return {
    rest,
    graphql,
    clear: entries.clear,
    get size() {
      return entries.size
    },
  }
}

/** True when the GraphQL request only reads: every operation in the document is a query. */
const onlyQueries = (source: string): boolean => {
  try {
    const { query } = JSON.parse(source) as { query?: unknown }
    if (typeof query !== 'string') return false
    return parse(query).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query')
  } catch {
    return false
  }
}

const hasErrors = (body: Buffer): boolean => {
  try {
    const errors = (JSON.parse(body.toString('utf8')) as { errors?: unknown[] }).errors
    return Array.isArray(errors) && errors.length > 0
  } catch {
    return true
  }
}

