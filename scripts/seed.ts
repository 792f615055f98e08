/** `npm run seed`: imports the demo content (idempotent) into the database DATABASE_URI names. */
import { getPayload } from 'payload'
import { ensureLocalSecret } from '../src/lib/secret'

ensureLocalSecret()
const { default: config } = await import('../payload.config')
const { seedDemoContent, ensureDemoAdmin } = await import('../src/seed')
const payload = await getPayload({ config })
const admin = await ensureDemoAdmin(payload)
const reports = await seedDemoContent(payload)
for (const report of reports) {
  const created = Object.entries(report.created).map(([collection, n]) => `${n} ${collection}`).join(', ')
  payload.logger.info(`Seeded ${report.articleSlug}: ${created || 'nothing new (already imported)'}`)
}
if (admin) payload.logger.info(`Demo admin created: ${admin.email} / ${admin.password} (shown once; change it in /admin)`)
await payload.destroy()
process.exit(0)
