import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { migrations } from '../migrations'
import { announceCommits } from '../lib/changes'
import { installStatementCache } from './statementCache'

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

export class DatabaseConfigError extends Error {}

/**
 * One setting picks the database: `file:` is the embedded SQLite default (no server needed),
 * `mongodb://` / `mongodb+srv://` is production's MongoDB. Anything else stops start-up here,
 * with a message, instead of failing later inside an adapter.
 */
export const databaseAdapter = (uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj =>
  withCommitAnnouncements(chooseAdapter(uri))

/** Content changes made inside a transaction reach the caches once it commits (src/lib/changes.ts). */
const withCommitAnnouncements = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => announceCommits(adapter.init(args)),
})

const chooseAdapter = (uri: string): DatabaseAdapterObj => {
  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    if (process.env.SQLITE_STATEMENT_CACHE !== 'false') installStatementCache()
    return sqliteAdapter({
      client: { url: uri },
      // A write waits (up to this long) for another connection's write instead of failing at once with
      // "database is locked": seed scripts, CLI tools and tests open a second connection to the same file.
      busyTimeout: Number(process.env.SQLITE_BUSY_TIMEOUT_MS ?? 5000),
      // Write-ahead log: readers never wait for a writer, and a commit appends to the log instead of
      // syncing the database file twice (synchronous=NORMAL: durable across a crash of the process; a
      // power cut may lose the last commits, never the file's integrity). SQLITE_WAL=false: rollback journal.
      wal: process.env.SQLITE_WAL === 'false' ? false : { synchronous: 'NORMAL' },
      migrationDir: path.resolve('src/migrations'),
      // In production the schema comes from the committed migrations; elsewhere Payload pushes it.
      prodMigrations: migrations,
    })
  }
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    // MONGODB_STANDIN=true: the wire-protocol stand-in used in CI (scripts/test-mongo.ts) lacks $lookup
    // pipelines and transactions, and answers the driver's streaming heartbeat wrongly (the driver then
    // clears its connection pool and fails every operation in flight): poll for server status instead.
    const standIn = process.env.MONGODB_STANDIN === 'true'
    return mongooseAdapter({
      url: uri,
      ...(standIn
        ? {
            useJoinAggregations: false,
            usePipelineInSortLookup: false,
            transactionOptions: false,
            connectOptions: { serverMonitoringMode: 'poll' },
          }
        : {}),
    })
  }
  const scheme = uri.split(':')[0] || '(empty)'
  throw new DatabaseConfigError(
    `DATABASE_URI has an unsupported scheme "${scheme}". Use file:./data/cms.db (embedded SQLite) or mongodb://host:27017/db (MongoDB).`,
  )
}
