import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** 200 once the database answers a real query through Payload, 503 (with the reason) otherwise. */
export const healthHandler = (payload: Payload): RequestHandler => async (_req, res) => {
  const started = performance.now()
  res.set('cache-control', 'no-store')
  try {
    await payload.count({ collection: 'users', overrideAccess: true })
    res.json({ status: 'ok', database: { status: 'up', adapter: payload.db.name, latencyMs: Math.round(performance.now() - started) } })
  } catch (error) {
    res.status(503).json({ status: 'unavailable', database: { status: 'down', adapter: payload.db.name, error: (error as Error).message } })
  }
}
