/**
 * The process entry: Express in front, Next (admin UI and reader pages) and Payload mounted into it.
 * `npm start` runs this in production after scripts/start.ts has prepared the build and database.
 */
import next from 'next'
import { createServer } from 'node:http'
import config from './payload.config'
import { createApp } from './src/server/app'
import { warmUp } from './src/moderation'

const port = Number(process.env.PORT ?? 3000)
const dev = process.env.NODE_ENV !== 'production'
const shutdownGraceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000)

// SERVE_PAGES=false runs an API-only process (REST, GraphQL, health): no Next build needed.
const servePages = process.env.SERVE_PAGES !== 'false'
let nextHandler: Parameters<typeof createApp>[0]['nextHandler']
if (servePages) {
  const nextApp = next({ dev, dir: import.meta.dirname })
  await nextApp.prepare()
  const handleNext = nextApp.getRequestHandler()
  nextHandler = (req, res) => handleNext(req, res)
}

const { app, payload, jobs } = await createApp({ config, runJobs: process.env.JOBS_AUTORUN !== 'false', nextHandler })

// The screening engine's patterns are compiled now rather than while the first readers' comments wait.
const warmUpMs = warmUp()

const server = createServer(app)
server.keepAliveTimeout = 65_000
server.listen(port, () => {
  payload.logger.info(`Health CMS ready on http://localhost:${port} (admin /admin, REST /api, GraphQL /api/graphql, health /healthz); screening warmed up in ${Math.round(warmUpMs)} ms`)
})

/** SIGTERM: stop accepting, let in-flight requests and the running job finish, then close the database and exit. */
let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`${signal}: finishing in-flight requests`)
  const force = setTimeout(() => server.closeAllConnections(), shutdownGraceMs).unref()
  const jobsStopped = jobs?.stop() // no new jobs; the one running (if any) finishes
  server.close(async () => {
    clearTimeout(force)
    // A long job is not waited for beyond the grace period: its claim goes stale and another process reruns it.
    await Promise.race([jobsStopped, new Promise((resolve) => setTimeout(resolve, shutdownGraceMs))])
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  })
  server.closeIdleConnections()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
