/**
 * The one place that says which database the integration suites run against and what that database
 * cannot do. Tests that need a missing capability are registered with `testIf(capability)`: where the
 * capability exists they run as written; where it is missing they still appear in the report, as a
 * passing test named "not applicable on …" that checks it really is that database and prints why.
 * Nothing is silently skipped.
 */
import { expect, test } from '@jest/globals'

export type DatabaseKind = 'sqlite' | 'mongodb' | 'mongodb-standin'

/** Read after tests/support/env.ts (a Jest setup file) has chosen this file's database. */
const detectDatabase = (): DatabaseKind => {
  const uri = process.env.DATABASE_URI ?? ''
  if (!/^mongodb(\+srv)?:\/\//.test(uri)) return 'sqlite'
  return process.env.MONGODB_STANDIN === 'true' ? 'mongodb-standin' : 'mongodb'
}

export const DATABASE: DatabaseKind = detectDatabase()
export const isMongo = DATABASE !== 'sqlite'

export type Capability =
  /** A `unique: true` field is refused by the database itself when no hook checks it first. */
  | 'uniqueIndexes'
  /** Writes made inside a transaction that is then killed are rolled back. */
  | 'transactions'

const DATABASE_LABEL: Record<DatabaseKind, string> = {
  sqlite: 'SQLite',
  mongodb: 'MongoDB',
  'mongodb-standin': 'the MongoDB stand-in (CongoDB)',
}

/** The reason each capability is missing on each database; absent = the capability exists. */
const missingOn = (): Partial<Record<Capability, string>> => {
  switch (DATABASE) {
    case 'mongodb-standin':
      return {
        uniqueIndexes: 'CongoDB accepts createIndexes with unique: true but does not enforce it on insert or update',
        transactions: 'CongoDB accepts startTransaction/abortTransaction but applies every write at once and never rolls back',
      }
    case 'sqlite':
      return {
        transactions:
          'the app configures SQLite without transactions (src/db/adapter.ts leaves transactionOptions unset), so a killed transaction has nothing to roll back',
      }
    case 'mongodb':
      // Payload itself turns transactions off when the client is not connected to a replica set.
      return new URL(process.env.DATABASE_URI as string).searchParams.has('replicaSet')
        ? {}
        : { transactions: 'MongoDB runs standalone (no replicaSet in DATABASE_URI); MongoDB has transactions only on a replica set and Payload then disables them' }
  }
}

const MISSING = missingOn()

export const hasCapability = (capability: Capability): boolean => MISSING[capability] === undefined

/**
 * `testIf('transactions')('a killed transaction leaves nothing behind', async () => { ... })`
 * registers the test where the database has the capability, and otherwise a test that states why it
 * does not apply (visible in the report and in the output, never a silent skip).
 */
export const testIf =
  (capability: Capability) =>
  (name: string, fn: () => Promise<unknown> | void, timeout?: number): void => {
    const reason = MISSING[capability]
    if (reason === undefined) {
      test(name, fn as () => Promise<unknown>, timeout)
      return
    }
    const expectedDatabase = DATABASE
    test(`${name} — not applicable on ${DATABASE_LABEL[DATABASE]}: ${reason}`, () => {
      // Guards the declaration itself: the reason must describe the database actually in use.
      expect(detectDatabase()).toBe(expectedDatabase)
      process.stdout.write(`not applicable on ${DATABASE_LABEL[DATABASE]}: "${name}" (${capability}): ${reason}\n`)
    })
  }
