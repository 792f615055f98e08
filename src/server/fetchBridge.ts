import type { Request, Response } from 'express'
import { createHeaders, createRequest, sendResponse } from '@remix-run/node-fetch-server'
import { finalHeaders, matchesETag } from './httpCache'

/**
 * Between Express and Payload's fetch-style handlers (web Request in, web Response out).
 *
 * API bodies are small (limitBodySize caps them before this runs), so a body is read into memory and handed
 * to the Request as bytes, and a JSON answer is read in full and written with one `end`. Bridging the Node
 * streams into web streams both ways instead was an eighth of a screened comment creation's CPU time.
 * Uploads (multipart) and answers that are not JSON (files) keep streaming.
 */

/**
 * The request body (its size was checked against the API's limit by limitBodySize before). A client that goes away
 * mid-body is a client error (400), not one of the server's to log.
 */
export const readBody = (req: Request): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))
    req.on('error', () => reject(Object.assign(new Error('The request body was not received in full.'), { status: 400 })))
  })

/** A web Request carrying `body` (already read from `req`). */
export const requestWithBody = (req: Request, body: Buffer): globalThis.Request =>
  new Request(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers: createHeaders(req),
    body: new Uint8Array(body),
  })

export const toWebRequest = async (req: Request, res: Response): Promise<globalThis.Request> => {
  const streamed =
    req.method === 'GET' || req.method === 'HEAD' || (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
  return streamed ? createRequest(req, res) : requestWithBody(req, await readBody(req))
}

const isJson = (response: globalThis.Response) => (response.headers.get('content-type') ?? '').includes('json')

/**
 * Sends Payload's answer with the API's caching headers (httpCache.ts), a 304 when a GET's If-None-Match
 * names its ETag. JSON answers are buffered; others stream as they are (writes marked no-store).
 */
export const sendAnswer = async (res: Response, request: globalThis.Request, response: globalThis.Response): Promise<void> => {
  const write = request.method !== 'GET' && request.method !== 'HEAD'
  if (!isJson(response)) {
    if (write && !response.headers.has('cache-control')) {
      const headers = new Headers(response.headers)
      headers.set('cache-control', 'no-store')
      response = new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }
    return sendResponse(res, response)
  }
  const body = Buffer.from(await response.arrayBuffer())
  sendBuffered(res, request, response.status, finalHeaders(request, response, body), body)
}

/** A body in memory with its `finalHeaders`, or a 304 when If-None-Match names its ETag. */
export const sendBuffered = (res: Response, request: globalThis.Request, status: number, headers: Headers, body: Buffer): void => {
  const tag = headers.get('etag')
  if (tag && matchesETag(request.headers.get('if-none-match'), tag)) {
    headers.delete('content-length')
    res.writeHead(304, nodeHeaders(headers))
    res.end()
    return
  }
  res.writeHead(status, nodeHeaders(headers))
  res.end(request.method === 'HEAD' ? undefined : body)
}

/** Node's header object; several Set-Cookie headers stay separate. */
const nodeHeaders = (headers: Headers): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of headers) if (key !== 'set-cookie') out[key] = value
  const cookies = headers.getSetCookie()
  if (cookies.length) out['set-cookie'] = cookies
  return out
}
