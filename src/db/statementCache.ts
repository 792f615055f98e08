import Database from 'libsql'

/**
 * A prepared-statement cache for the embedded SQLite driver. @libsql/client prepares every statement afresh
 * (parse and plan) and asks for its column list twice, for every query: in a profile of screened comment
 * creation those two calls were a sixth of the CPU time. Drizzle sends the same SQL text again and again (only
 * the bound values change), so each connection keeps its last statements and their column lists here.
 *
 * Safe because the client runs every statement to completion synchronously (rows are read in full before the
 * next statement starts), so a cached statement is never in use twice at once. SQLite re-prepares a statement by
 * itself when the schema changes; the column lists are cached here, so any schema statement sent through a
 * connection empties that connection's cache. A schema change made by another process (a migration) needs a
 * restart anyway, since Payload reads the schema at start-up.
 */
const MAX_STATEMENTS = 500
const SCHEMA_STATEMENT = /^\s*(?:create|alter|drop|pragma|vacuum|attach|detach|reindex)\b/i

interface Statement {
  columns(): unknown[]
}

type Prepare = (this: object, sql: string) => Statement

const installed = Symbol.for('health-cms.libsqlStatementCache')

export const installStatementCache = (): void => {
  const prototype = (Database as unknown as { prototype: Record<PropertyKey, unknown> }).prototype
  if (prototype[installed]) return
  const prepare = prototype.prepare as Prepare
  const caches = new WeakMap<object, Map<string, Statement>>()

  prototype.prepare = function cachedPrepare(this: object, sql: string): Statement {
    if (SCHEMA_STATEMENT.test(sql)) {
      caches.delete(this)
      return prepare.call(this, sql)
    }
    let cache = caches.get(this)
    if (!cache) caches.set(this, (cache = new Map()))
    const cached = cache.get(sql)
    if (cached) {
      // Most recently used last, so the first entry is the one to evict.
      cache.delete(sql)
      cache.set(sql, cached)
      return cached
    }
    const statement = prepare.call(this, sql)
    const columns = statement.columns.bind(statement)
    let columnList: unknown[] | undefined
    statement.columns = () => (columnList ??= columns())
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string)
    cache.set(sql, statement)
    return statement
  }
  prototype[installed] = true
}
