/**
 * Runs before every integration test file: each file gets its own database (a fresh SQLite file, or a
 * fresh database name on the MongoDB server DATABASE_URI names), a fixed test secret and quiet logs.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'

const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
const base = process.env.DATABASE_URI ?? ''
;(process.env as Record<string, string>).NODE_ENV = 'test'
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
process.env.LOG_LEVEL ??= 'silent'
process.env.JOBS_AUTORUN = 'false'
// Suites post many comments from one address; the rate-limit suite sets its own limits.
process.env.COMMENT_RATE_LIMIT_IP ??= '10000/60'
process.env.COMMENT_RATE_LIMIT_EMAIL ??= '10000/60'
process.env.MEDIA_DIR ??= path.resolve('data/test-media', unique)
process.env.NEXT_TELEMETRY_DISABLED = '1'
if (/^mongodb(\+srv)?:\/\//.test(base)) {
  const url = new URL(base)
  url.pathname = `/cms_test_${unique.replace(/-/g, '_')}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:./data/test/${unique}.db`
}
