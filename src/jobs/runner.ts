/**
 * The job queue runner every app process starts (JOBS_AUTORUN, default on): it polls the database for
 * due jobs, claims each with one atomic conditional update, and runs only what it claimed.
 *
 * Why not Payload's own `jobs.autoRun`: in Payload 3.90 its claim is "find the jobs, then set
 * `processing: true` on those ids", without re-checking `processing` in the update. Two processes
 * polling on the same cron second both find a job, both mark it and both run it (a moderator gets
 * two emails). And a process that dies while running a job leaves it `processing: true` forever.
 * Here the claim is `UPDATE … SET processing = true WHERE id = ? AND processing = false AND not done`
 * (MongoDB: `updateOne` with the same filter), so exactly one process wins; and a claim whose holder
 * has not touched the job for JOBS_STALE_AFTER_MS is released, so a crashed process's job runs again
 * elsewhere. Delivery is therefore at-least-once across crashes and exactly-once otherwise.
 *
 * This is the one place that writes to the database below Payload's Local API (through the adapter
 * Payload itself created), because the Local API has no compare-and-set. Running the claimed job is
 * Payload's: `payload.jobs.runByID`, with its retries, logs and deleteJobOnComplete.
 */
import type { Payload } from 'payload'
import { and, eq, isNull, lt, or } from '@payloadcms/db-sqlite/drizzle'

const JOBS = 'payload-jobs'

export interface JobRunnerOptions {
  /** How often to look for due jobs. */
  intervalMs?: number
  /** Most jobs claimed per look. */
  limit?: number
  /** A claim not touched for this long is assumed to belong to a dead process and is released. */
  staleAfterMs?: number
}

export const runnerOptionsFromEnv = (env: NodeJS.ProcessEnv = process.env): Required<JobRunnerOptions> => ({
  intervalMs: Number(env.JOBS_POLL_MS ?? 10_000),
  limit: Number(env.JOBS_BATCH ?? 20),
  staleAfterMs: Number(env.JOBS_STALE_AFTER_MS ?? 10 * 60_000),
})

type MongoJobs = {
  updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }>
  updateMany: (filter: object, update: object) => Promise<{ modifiedCount: number }>
}
type SqliteDb = { drizzle: any; tables: Record<string, any> }

const adapterKind = (payload: Payload): 'mongoose' | 'sqlite' => {
  const name = payload.db.name
  if (name === 'mongoose' || name === 'sqlite') return name
  throw new Error(`The job runner supports the MongoDB and SQLite adapters, not "${name}".`)
}

const mongoJobs = (payload: Payload): MongoJobs => (payload.db as unknown as { collections: Record<string, MongoJobs> }).collections[JOBS]
const sqliteJobs = (payload: Payload) => {
  const db = payload.db as unknown as SqliteDb
  return { drizzle: db.drizzle, table: db.tables.payload_jobs }
}

/** Claims one job for this process; false when another process claimed it first or it is done. */
export const claimJob = async (payload: Payload, id: string | number): Promise<boolean> => {
  const now = new Date()
  if (adapterKind(payload) === 'mongoose') {
    const result = await mongoJobs(payload).updateOne(
      { _id: id, processing: { $ne: true }, hasError: { $ne: true }, completedAt: null },
      { $set: { processing: true, updatedAt: now } },
    )
    return result.modifiedCount === 1
  }
  const { drizzle, table } = sqliteJobs(payload)
  const claimed = await drizzle
    .update(table)
    .set({ processing: true, updatedAt: now.toISOString() })
    .where(
      and(
        eq(table.id, Number(id)),
        or(eq(table.processing, false), isNull(table.processing)),
        or(eq(table.hasError, false), isNull(table.hasError)),
        isNull(table.completedAt),
      ),
    )
    .returning({ id: table.id })
  return claimed.length === 1
}

/** Marks a claimed job as still alive (long tasks call this between batches). */
export const touchJob = async (payload: Payload, id: string | number): Promise<void> => {
  const now = new Date()
  if (adapterKind(payload) === 'mongoose') {
    await mongoJobs(payload).updateOne({ _id: id, processing: true }, { $set: { updatedAt: now } })
    return
  }
  const { drizzle, table } = sqliteJobs(payload)
  await drizzle.update(table).set({ updatedAt: now.toISOString() }).where(and(eq(table.id, Number(id)), eq(table.processing, true)))
}

/** Releases claims nobody has touched for `olderThanMs` (their process died); returns how many. */
export const releaseStaleClaims = async (payload: Payload, olderThanMs: number): Promise<number> => {
  const now = new Date()
  const cutoff = new Date(now.getTime() - olderThanMs)
  if (adapterKind(payload) === 'mongoose') {
    const result = await mongoJobs(payload).updateMany(
      { processing: true, completedAt: null, updatedAt: { $lt: cutoff } },
      { $set: { processing: false, updatedAt: now } },
    )
    return result.modifiedCount
  }
  const { drizzle, table } = sqliteJobs(payload)
  const stale = and(eq(table.processing, true), isNull(table.completedAt), lt(table.updatedAt, cutoff.toISOString()))
  // Look before writing: on SQLite every write takes the one database-wide write lock.
  const found = await drizzle.select({ id: table.id }).from(table).where(stale).limit(1)
  if (found.length === 0) return 0
  const released = await drizzle.update(table).set({ processing: false, updatedAt: now.toISOString() }).where(stale).returning({ id: table.id })
  return released.length
}

/** Due jobs, oldest first: not done, not failed for good, not claimed, and past any waitUntil. */
export const dueJobIds = async (payload: Payload, limit: number): Promise<(string | number)[]> => {
  const found = await payload.find({
    collection: JOBS,
    where: {
      and: [
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
      ],
    },
    sort: 'createdAt',
    limit,
    depth: 0,
    pagination: false,
    select: { queue: true },
    overrideAccess: true,
  })
  return found.docs.map((doc) => doc.id)
}

/** Claims the job and runs it here; 'taken' when another process got it first. */
export const runJobNow = async (payload: Payload, id: string | number): Promise<'ran' | 'taken'> => {
  if (!(await claimJob(payload, id))) return 'taken'
  await payload.jobs.runByID({ id, overrideAccess: true })
  return 'ran'
}

/** One pass: release dead claims, then claim and run due jobs until none are left. Returns how many ran. */
export const runDueJobs = async (
  payload: Payload,
  options: Pick<Required<JobRunnerOptions>, 'limit' | 'staleAfterMs'>,
  { shouldStop = () => false, releaseStale = true }: { shouldStop?: () => boolean; releaseStale?: boolean } = {},
): Promise<number> => {
  if (releaseStale) {
    const released = await releaseStaleClaims(payload, options.staleAfterMs)
    if (released > 0) payload.logger.warn(`Released ${released} job claim(s) abandoned by a stopped process; they will run again.`)
  }
  let ran = 0
  for (;;) {
    const ids = await dueJobIds(payload, options.limit)
    let ranThisRound = 0
    for (const id of ids) {
      if (shouldStop()) return ran
      if ((await runJobNow(payload, id)) === 'ran') ranThisRound += 1
    }
    ran += ranThisRound
    if (ids.length < options.limit || ranThisRound === 0) return ran
  }
}

export interface JobRunner {
  /** Stops polling and waits for the job in progress (if any) to finish. */
  stop: () => Promise<void>
}

export const startJobRunner = (payload: Payload, options: JobRunnerOptions = {}): JobRunner => {
  const settings = { ...runnerOptionsFromEnv(), ...options }
  let stopped = false
  let current: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  // Looking for dead claims on every poll would be wasted queries: a few times per stale period is enough.
  const releaseEveryMs = Math.min(settings.staleAfterMs / 3, 60_000)
  let lastRelease = 0
  const tick = () => {
    const releaseStale = Date.now() - lastRelease >= releaseEveryMs
    if (releaseStale) lastRelease = Date.now()
    current = runDueJobs(payload, settings, { shouldStop: () => stopped, releaseStale })
      .catch((error) => payload.logger.error({ err: error }, 'job runner pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, settings.intervalMs).unref()
      })
  }
  // A random first delay keeps several processes started together from polling in lockstep.
  timer = setTimeout(tick, Math.round(Math.random() * settings.intervalMs)).unref()
  return {
    stop: async () => {
      stopped = true
      if (timer) clearTimeout(timer)
      await current
    },
  }
}
