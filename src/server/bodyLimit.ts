import type { RequestHandler } from 'express'

export const JSON_BODY_LIMIT = Number(process.env.API_JSON_LIMIT_BYTES ?? 256 * 1024)

/**
 * API request bodies other than uploads are capped (413 with a message) before Payload reads them.
 * Uploads (multipart) are limited by Payload's own upload.limits.fileSize.
 */
export const limitBodySize = (limit = JSON_BODY_LIMIT): RequestHandler => (req, res, next) => {
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('multipart/form-data') || req.method === 'GET' || req.method === 'HEAD') return next()
  const tooLarge = () =>
    res.status(413).json({ errors: [{ message: `The request body is larger than the ${limit}-byte limit.` }] })
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > limit) return tooLarge()
  if (!Number.isNaN(declared) || req.headers['transfer-encoding'] === undefined) return next()
  // A chunked body has no declared length to check up front; the API asks for one instead of buffering.
  res.status(411).json({ errors: [{ message: 'Send a Content-Length header with the request body.' }] })
}
