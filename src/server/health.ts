import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

interface Check {
  at: number
  status: 200 | 503
  body: Record<string, unknown>
}

/**
 * 200 once the database answers a real query through Payload, 503 (with the reason) otherwise.
 * Probes arriving together share one query, and an answer is reused for HEALTH_CHECK_REUSE_MS
 * (default 500): a load balancer or a benchmark polling hard costs the database one count a half-second.
 */
export const healthHandler = (payload: Payload): RequestHandler => {
  const reuseMs = Math.max(0, Number(process.env.HEALTH_CHECK_REUSE_MS ?? 500))
  let last: Check | undefined
  let running: Promise<Check> | undefined

  const check = async (): Promise<Check> => {
    const started = performance.now()
    try {
      await payload.count({ collection: 'users', overrideAccess: true })
      return { at: started, status: 200, body: { status: 'ok', database: { status: 'up', adapter: payload.db.name, latencyMs: Math.round(performance.now() - started) } } }
    } catch (error) {
      return { at: started, status: 503, body: { status: 'unavailable', database: { status: 'down', adapter: payload.db.name, error: (error as Error).message } } }
    }
  }

  return async (_req, res) => {
    res.set('cache-control', 'no-store')
    let result = last
    if (!result || performance.now() - result.at >= reuseMs) {
      running ??= check().finally(() => {
        running = undefined
      })
      result = last = await running
    }
    res.status(result.status).json(result.body)
  }
}
