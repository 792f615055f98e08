/**
 * src/lib/changes.ts without a database: when the shared marker (that tells other app processes to drop
 * their caches) is written, relative to the change and its transaction.
 */
import { beforeEach, expect, test } from '@jest/globals'
import { announceCommits, COHERENCE_KEY, ensureCoherent, markContentChanged, onChange, publishChange, type ContentChange } from '../../src/lib/changes'

const writes: { key: string; value: unknown }[] = []
let stored: unknown = null
let release: (() => void) | undefined
const db = {
  commitTransaction: async (_id: unknown) => undefined,
  rollbackTransaction: async (_id: unknown) => undefined,
} as any
const payload = {
  db,
  kv: {
    set: async (key: string, value: unknown) => {
      if (release === undefined) {
        writes.push({ key, value })
        stored = value
        return
      }
      await new Promise<void>((resolve) => (release = resolve)) // held until the test lets it finish
      writes.push({ key, value })
      stored = value
    },
    get: async () => stored,
  },
  logger: { warn: () => undefined },
} as any
announceCommits(db)

const seen: ContentChange[] = []
onChange((change) => seen.push(change))
beforeEach(() => {
  writes.length = 0
  seen.length = 0
  release = undefined
})

test('without a transaction the marker is written before publishChange resolves', async () => {
  await publishChange({ collection: 'comments', ids: [1] }, { payload, transactionID: Promise.resolve(null) } as any)
  // Dropped at once, and once more after the marker write (which may have replaced another process's).
  expect(seen).toEqual([
    { collection: 'comments', ids: [1], origin: 'local' },
    { collection: 'unknown', origin: 'local' },
  ])
  expect(writes).toHaveLength(1)
  expect(writes[0].key).toBe(COHERENCE_KEY)
})

test('`{}` (what Payload\'s relationship loader leaves of a promise of null) is no transaction', async () => {
  await publishChange({ collection: 'comments' }, { payload, transactionID: {} } as any)
  expect(writes).toHaveLength(1)
})

test('inside a transaction: this process hears at once, and again with the marker once it commits', async () => {
  await publishChange({ collection: 'articles', slugs: ['a'] }, { payload, transactionID: 'tx-1' } as any)
  expect(seen).toHaveLength(1)
  expect(writes).toHaveLength(0) // not before the commit: another process would re-read the old rows
  await db.commitTransaction('tx-1')
  expect(seen.map((change) => change.collection)).toEqual(['articles', 'articles', 'unknown'])
  expect(writes).toHaveLength(1)
})

test('a rolled-back transaction writes no marker', async () => {
  await publishChange({ collection: 'articles' }, { payload, transactionID: 'tx-2' } as any)
  await db.rollbackTransaction('tx-2')
  await db.commitTransaction('tx-2')
  expect(writes).toHaveLength(0)
})

test('changes during a marker write join one later write, which starts after them', async () => {
  release = () => undefined // hold writes
  const first = markContentChanged(payload)
  await new Promise((resolve) => setImmediate(resolve))
  const second = markContentChanged(payload)
  const third = markContentChanged(payload)
  expect(third).toBe(second)
  release() // finish the first write; the joined one starts and is held in turn
  await first
  await new Promise((resolve) => setImmediate(resolve))
  release()
  await second
  expect(writes).toHaveLength(2)
})

test('another process\'s marker drops this process\'s caches on the next check; this process\'s own does not', async () => {
  process.env.CACHE_COHERENCE_MS = '0'
  await ensureCoherent(payload) // baseline
  await markContentChanged(payload)
  seen.length = 0
  await ensureCoherent(payload)
  expect(seen).toEqual([]) // our own marker: already dropped when it was written
  stored = { token: 'from-another-process', at: new Date().toISOString() }
  await ensureCoherent(payload)
  expect(seen).toEqual([{ collection: 'unknown', origin: 'remote' }])
})
