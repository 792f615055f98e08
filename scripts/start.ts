/**
 * `npm start`: the CMS with demo content on the embedded database, from a fresh clone.
 * 1. a PAYLOAD_SECRET (generated once into data/ when none is set),
 * 2. a production build of Next when there is none (or it is older than the sources),
 * 3. the schema (committed migrations for SQLite, applied by Payload on init),
 * 4. the demo content when the database has no articles, and a demo admin on the very first start,
 * 5. the Express server.
 */
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { ensureLocalSecret } from '../src/lib/secret'
import { buildIsStale } from './lib/buildState'

;(process.env as Record<string, string>).NODE_ENV = 'production'
process.env.NEXT_TELEMETRY_DISABLED = '1'
const secret = ensureLocalSecret()
if (secret.generated) console.log(`No PAYLOAD_SECRET set: generated one and saved it to ${path.relative(process.cwd(), secret.file!)} (owner-only).`)
else if (secret.file) console.log(`Using the PAYLOAD_SECRET saved in ${path.relative(process.cwd(), secret.file)}.`)

if (buildIsStale()) {
  console.log('Building the admin UI and reader pages (next build, about a minute)...')
  const build = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], { stdio: 'inherit', env: process.env })
  if (build.status !== 0) {
    console.error('next build failed; see the output above.')
    process.exit(build.status ?? 1)
  }
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
if (process.env.SEED_ON_START !== 'false') {
  const { seedDemoContent, ensureDemoAdmin } = await import('../src/seed')
  const admin = await ensureDemoAdmin(payload)
  const articles = await payload.count({ collection: 'articles', overrideAccess: true })
  if (articles.totalDocs === 0) {
    await seedDemoContent(payload)
    console.log('Imported the demo content.')
  }
  if (admin) {
    console.log('\nFirst start: a demo admin was created. This password is shown only once:')
    console.log(`  email:    ${admin.email}\n  password: ${admin.password}\n`)
  }
}
const port = process.env.PORT ?? '3000'
await import('../server')
console.log(`Admin UI  http://localhost:${port}/admin\nREST      http://localhost:${port}/api/articles\nGraphQL   http://localhost:${port}/api/graphql\nHealth    http://localhost:${port}/healthz`)
