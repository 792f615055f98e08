import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import helmet from 'helmet'
import { pinoHttp } from 'pino-http'
import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { CLIENT_IP_HEADER } from '../lib/clientIp'
import { limitBodySize } from './bodyLimit'
import { healthHandler } from './health'
import { sendAnswer, toWebRequest } from './fetchBridge'
import { createPublicReadCache, type PublicReadCache } from './publicCache'
import { startJobRunner, type JobRunner } from '../jobs/runner'

export interface AppOptions {
  config: SanitizedConfig | Promise<SanitizedConfig>
  /** A Next request handler for /admin and the reader pages; tests of the API leave it out. */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  /** Run the job queue (notifications, re-screens, scheduled publishing) in this process: src/jobs/runner.ts. */
  runJobs?: boolean
}

/** TRUST_PROXY: unset/false = the socket's address is the client; a number = that many proxy hops; else a list of addresses. */
export const parseTrustProxy = (value = process.env.TRUST_PROXY): boolean | number | string => {
  if (!value || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
}

/**
 * Express owns the HTTP process: health, security headers, request log and body limits here;
 * `/api` is the public-read cache, then Payload's own REST and GraphQL handlers (no hop through Next);
 * everything else is Next.
 */
export const createApp = async ({ config, nextHandler, runJobs = false }: AppOptions): Promise<{ app: Express; payload: Payload; jobs?: JobRunner; publicReads: PublicReadCache }> => {
  const payload = await getPayload({ config })
  const jobs = runJobs ? startJobRunner(payload) : undefined
  const resolvedConfig = await config
  const graphql = GRAPHQL_POST(resolvedConfig)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', parseTrustProxy())
  app.set('etag', 'strong')

  const requestLog = pinoHttp({
    level: process.env.LOG_LEVEL ?? 'info',
    autoLogging: { ignore: (req) => req.url === '/healthz' },
    // One short line per request: method, path, status, time. Headers (cookies, tokens) are never logged.
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
  })
  // With request lines off (LOG_LEVEL above info) pino-http would still build a child logger per request,
  // a fifth of a cached read's cost: give `req.log` on demand instead (errors still name the request).
  app.use(
    requestLog.logger.isLevelEnabled('info')
      ? requestLog
      : (req, _res, next) => {
          Object.defineProperty(req, 'log', {
            configurable: true,
            get: () => requestLog.logger.child({ req: { method: req.method, url: req.originalUrl } }),
          })
          next()
        },
  )
  app.use(
    helmet({
      // The admin UI and Next pages inline their bootstrap scripts; a nonce-based CSP is future work.
      contentSecurityPolicy: false,
      crossOriginResourcePolicy: { policy: 'same-site' },
    }),
  )
  // Hooks learn the client address from this header only after we have replaced whatever the client sent.
  app.use((req, _res, next) => {
    const ip = req.ip
    // Assigned over whatever the client sent (no `delete` unless needed: it slows every later header read).
    if (ip) req.headers[CLIENT_IP_HEADER] = ip
    else if (req.headers[CLIENT_IP_HEADER] !== undefined) delete req.headers[CLIENT_IP_HEADER]
    next()
  })

  app.get('/healthz', healthHandler(payload))

  const fetchHandler = (handle: (request: globalThis.Request) => Promise<globalThis.Response>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const request = await toWebRequest(req, res)
        await sendAnswer(res, request, await handle(request))
      } catch (error) {
        next(error)
      }
    }

  const rest = (request: globalThis.Request) => handleEndpoints({ config: resolvedConfig, request })
  // Anonymous reads of published content are answered from memory until content changes (publicCache.ts).
  const publicReads = createPublicReadCache(payload, resolvedConfig)

  app.use('/api', limitBodySize())
  app.post('/api/graphql', publicReads.graphql(graphql), fetchHandler(graphql))
  app.get('/api/{*path}', publicReads.rest(rest))
  app.all('/api/{*path}', fetchHandler(rest))

  if (nextHandler) app.all('/{*path}', (req, res) => nextHandler(req, res))

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    // Payload's APIErrors (e.g. "Invalid JSON" from the GraphQL handler) carry the client's 4xx status.
    const status = (error as { status?: unknown } | null)?.status
    const clientError = typeof status === 'number' && status >= 400 && status < 500
    if (!clientError) req.log?.error({ err: error }, 'unhandled error')
    if (res.headersSent) return res.end()
    if (clientError) return res.status(status).json({ errors: [{ message: (error as Error).message }] })
    res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
  })
  return { app, payload, jobs, publicReads }
}
