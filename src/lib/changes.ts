import { EventEmitter } from 'node:events'
import { randomUUID } from 'node:crypto'
import type { BaseDatabaseAdapter, Payload, PayloadRequest } from 'payload'

/**
 * Content changes that readers can see (an article published, a comment approved), and how the
 * in-process caches of public reads (src/server/publicCache.ts, src/frontend/graphql.ts) stay correct
 * when several app processes share one database.
 *
 * 1. In the process that made the change: Payload hooks call `publishChange`, which tells this process's
 *    caches at once (an in-process event), so a write is visible to the next read through the same process.
 * 2. In every other process: `publishChange` also writes a new random marker to Payload's key-value store
 *    (`payload.kv`, a row in the `payload-kv` collection, so it lives in the shared database). Before a
 *    cache answers, it calls `ensureCoherent`, which re-reads the marker when the last read is older
 *    than CACHE_COHERENCE_MS (default 1000) and drops the caches when it changed. One small row read a
 *    second per process, and only while requests come in.
 *
 * Staleness bound: once a write's API call has returned, no process serves the old content from a
 * cache for longer than CACHE_COHERENCE_MS (plus one marker read); the process that made the change,
 * never. The marker is written after the change is durable: at once when the database runs without
 * transactions (SQLite here; MongoDB without a replica set), else after the transaction commits
 * (`announceCommits` wraps the adapter's commit). A change made outside Payload (raw SQL, a restore)
 * is not seen until the marker changes or the process restarts: use `markContentChanged` then.
 */
export type ContentCollection = 'articles' | 'comments' | 'authors' | 'topics' | 'media'

export interface ContentChange {
  /** 'unknown' when another process changed something (all we learn from the shared marker). */
  collection: ContentCollection | 'unknown'
  slugs?: string[]
  ids?: (string | number)[]
  /** 'local': a hook in this process; 'remote': seen through the shared marker. */
  origin?: 'local' | 'remote'
}

export const COHERENCE_KEY = 'health-cms:content-marker'
const coherenceMs = () => Math.max(0, Number(process.env.CACHE_COHERENCE_MS ?? 1000))

interface Marker {
  token: string
  at: string
}

interface ChangesState {
  bus: EventEmitter
  /** Goes up on every change (local or remote): a cache fill that began under an older generation is dropped. */
  generation: number
  /** The marker as this process last read it; undefined before the first read. */
  seen?: string
  /** When (performance.now()) the last successful marker read began. */
  checkedAt: number
  checking?: Promise<void>
  failing: boolean
  /** A marker write queued behind the one in flight; later changes join it. */
  nextWrite?: Promise<void>
  currentWrite?: Promise<void>
  /** Changes made inside a database transaction, announced again once it commits. */
  uncommitted: Map<string | number, { change: ContentChange; payload: Payload }[]>
}

// One state per process, on globalThis: the hooks run in the modules Express loaded, while the reader pages
// use the copy of this module in Next's server bundle.
const state: ChangesState = ((globalThis as { __healthCmsContent?: ChangesState }).__healthCmsContent ??= {
  bus: new EventEmitter().setMaxListeners(50),
  generation: 0,
  checkedAt: Number.NEGATIVE_INFINITY,
  failing: false,
  uncommitted: new Map(),
})

const emit = (change: ContentChange) => {
  state.generation += 1
  state.bus.emit('change', change)
}

export const onChange = (listener: (change: ContentChange) => void): (() => void) => {
  state.bus.on('change', listener)
  return () => state.bus.off('change', listener)
}

/** The current generation: take it before a cache fill starts, store the result only if it is unchanged. */
export const contentGeneration = (): number => state.generation

const committedAnnouncements = new WeakSet<object>()

/**
 * Tells this process's caches now and (once the change is durable) every other process through the
 * shared marker. Hooks pass their `req`: inside a transaction the announcement is repeated after the
 * commit, so a read that slipped in between the hook and the commit cannot keep old content cached.
 */
export const publishChange = async (change: ContentChange, req?: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<void> => {
  emit({ ...change, origin: 'local' })
  const payload = req?.payload
  if (!payload) return
  // A transaction's id is a string or number. Without one, Payload leaves a promise of null here (SQLite,
  // MongoDB without a replica set), or `{}` once its relationship loader has copied that promise through JSON.
  const transactionID = await req.transactionID
  if ((typeof transactionID === 'string' || typeof transactionID === 'number') && committedAnnouncements.has(payload.db)) {
    const list = state.uncommitted.get(transactionID) ?? []
    list.push({ change, payload })
    state.uncommitted.set(transactionID, list)
    return
  }
  await markContentChanged(payload)
}

/**
 * Writes a new shared marker, so every process drops its caches within CACHE_COHERENCE_MS. Writes are
 * coalesced: a change arriving while one is in flight joins the next write, which starts after it.
 */
export const markContentChanged = (payload: Payload): Promise<void> => {
  if (state.nextWrite) return state.nextWrite
  const previous = state.currentWrite ?? Promise.resolve()
  const write: Promise<void> = previous.then(async () => {
    state.nextWrite = undefined
    state.currentWrite = write
    try {
      const token = randomUUID()
      await payload.kv.set(COHERENCE_KEY, { token, at: new Date().toISOString() } satisfies Marker)
      // This write may have replaced another process's marker unseen. Its change was committed before it
      // wrote that marker, so before ours: dropping the caches once more now covers it, and our own
      // marker then needs no second look.
      emit({ collection: 'unknown', origin: 'local' })
      state.seen = token
    } catch (error) {
      payload.logger.warn({ err: error }, 'Could not write the shared content marker; other app processes may serve cached content until their next change.')
    } finally {
      if (state.currentWrite === write) state.currentWrite = undefined
    }
  })
  state.nextWrite = write
  return write
}

/**
 * Call before answering from (or filling) a cache. Returns undefined when the marker was read less
 * than CACHE_COHERENCE_MS ago (no waiting on the hot path), else a promise that re-reads it (shared by
 * every caller meanwhile) and drops the caches if another process changed content. When the marker
 * cannot be read, the caches are dropped and every call tries again, so nothing stale is served.
 */
export const ensureCoherent = (payload: Payload): Promise<void> | undefined => {
  if (performance.now() - state.checkedAt < coherenceMs()) return undefined
  return (state.checking ??= readMarker(payload).finally(() => {
    state.checking = undefined
  }))
}

const readMarker = async (payload: Payload): Promise<void> => {
  const started = performance.now()
  try {
    const marker = await payload.kv.get<Marker>(COHERENCE_KEY)
    const token = marker?.token ?? ''
    if (state.seen !== undefined && token !== state.seen) emit({ collection: 'unknown', origin: 'remote' })
    state.seen = token
    state.checkedAt = started
    state.failing = false
  } catch (error) {
    emit({ collection: 'unknown', origin: 'remote' })
    state.seen = undefined
    state.checkedAt = Number.NEGATIVE_INFINITY
    if (!state.failing) payload.logger.warn({ err: error }, 'Could not read the shared content marker; public-read caches are bypassed until it answers.')
    state.failing = true
  }
}

/**
 * Wraps a database adapter's commit and rollback so that changes announced inside a transaction are
 * announced again (and the shared marker written) only once they are committed. src/db/adapter.ts
 * applies it to every adapter.
 */
export const announceCommits = <T extends BaseDatabaseAdapter>(adapter: T): T => {
  const commit = adapter.commitTransaction
  const rollback = adapter.rollbackTransaction
  adapter.commitTransaction = async function (this: T, id) {
    await commit.call(this, id)
    const key = await id
    const announced = state.uncommitted.get(key)
    if (!announced) return
    state.uncommitted.delete(key)
    for (const { change } of announced) emit({ ...change, origin: 'local' })
    await markContentChanged(announced[0].payload)
  }
  adapter.rollbackTransaction = async function (this: T, id) {
    try {
      await rollback.call(this, id)
    } finally {
      state.uncommitted.delete(await id)
    }
  }
  committedAnnouncements.add(adapter)
  return adapter
}

/** afterChange/afterDelete hook for collections whose every document readers can see (authors, topics, media). */
export const announceChange =
  (collection: ContentCollection) =>
  async ({ doc, req }: { doc: { id?: string | number; slug?: unknown }; req: PayloadRequest }) => {
    await publishChange({ collection, ids: doc.id === undefined ? [] : [doc.id], slugs: typeof doc.slug === 'string' ? [doc.slug] : [] }, req)
    return doc
  }
