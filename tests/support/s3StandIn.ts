/**
 * A tiny S3-compatible server for tests: path-style PUT, HEAD, GET (with Range) and DELETE of objects,
 * in memory, which is all Payload's S3 storage adapter uses for server-side uploads. It checks nothing
 * about signatures; it records every request so a test can see what the app sent.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'

export interface StoredObject {
  body: Buffer
  contentType: string
  etag: string
}

export interface S3StandIn {
  endpoint: string
  objects: Map<string, StoredObject>
  requests: { method: string; path: string }[]
  close: () => Promise<void>
}

/** Bodies the SDK streams with `aws-chunked` encoding: "<hex size>[;chunk-signature=…]\r\n<data>\r\n", then trailers. */
const decodeAwsChunked = (raw: Buffer): Buffer => {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', offset)
    if (lineEnd < 0) break
    const size = parseInt(raw.subarray(offset, lineEnd).toString().split(';')[0], 16)
    if (!size) break
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const xmlError = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`

export const startS3StandIn = async (bucket: string): Promise<S3StandIn> => {
  const objects = new Map<string, StoredObject>()
  const requests: S3StandIn['requests'] = []
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3.local')
    const [, bucketName, ...keyParts] = url.pathname.split('/')
    const key = decodeURIComponent(keyParts.join('/'))
    requests.push({ method: req.method ?? '', path: url.pathname })
    const body = await readBody(req)
    if (bucketName !== bucket || !key) {
      res.writeHead(404, { 'content-type': 'application/xml' }).end(xmlError('NoSuchBucket', 'The specified bucket does not exist'))
      return
    }
    switch (req.method) {
      case 'PUT': {
        const chunked = String(req.headers['content-encoding'] ?? '').includes('aws-chunked') || req.headers['x-amz-decoded-content-length'] !== undefined
        const data = chunked ? decodeAwsChunked(body) : body
        const etag = `"${createHash('md5').update(data).digest('hex')}"`
        objects.set(key, { body: data, contentType: String(req.headers['content-type'] ?? 'application/octet-stream'), etag })
        res.writeHead(200, { etag }).end()
        return
      }
      case 'HEAD':
      case 'GET': {
        const object = objects.get(key)
        if (!object) {
          res.writeHead(404, { 'content-type': 'application/xml' }).end(req.method === 'HEAD' ? undefined : xmlError('NoSuchKey', 'The specified key does not exist.'))
          return
        }
        const headers = { 'content-type': object.contentType, etag: object.etag, 'last-modified': new Date().toUTCString(), 'accept-ranges': 'bytes' }
        const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''))
        if (range && req.method === 'GET') {
          const start = Number(range[1])
          const end = range[2] ? Number(range[2]) : object.body.length - 1
          const slice = object.body.subarray(start, end + 1)
          res.writeHead(206, { ...headers, 'content-length': slice.length, 'content-range': `bytes ${start}-${end}/${object.body.length}` }).end(slice)
          return
        }
        res.writeHead(200, { ...headers, 'content-length': object.body.length }).end(req.method === 'HEAD' ? undefined : object.body)
        return
      }
      case 'DELETE':
        objects.delete(key)
        res.writeHead(204).end()
        return
      default:
        res.writeHead(405, { 'content-type': 'application/xml' }).end(xmlError('MethodNotAllowed', `${req.method} is not supported by the stand-in`))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
