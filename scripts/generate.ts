/**
 * `npm run generate`: writes the files Payload derives from the config and that the project commits —
 * src/payload-types.ts, the admin import map, the GraphQL schema (src/generated-schema.graphql) and,
 * for production SQLite, a migration when the schema changed.
 * `npm run generate:check` (CI): regenerates in memory and fails when a committed file is stale.
 *
 * Done in-process rather than through the `payload` CLI, which sometimes exits 0 having done nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const check = process.argv.includes('--check')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-generate-'))
process.env.PAYLOAD_SECRET ||= 'generate-only'
process.env.DATABASE_URI = `file:${path.join(scratch, 'generate.db')}`
process.env.PAYLOAD_MIGRATING = 'true' // no schema push: migrations are diffed against their snapshots
process.env.LOG_LEVEL = 'warn'

const { default: configPromise } = await import('../payload.config')
const { generateImportMap, getPayload } = await import('payload')
const { generateTypes } = await import('payload/node')
const { configToSchema } = await import('@payloadcms/graphql')
const { printSchema } = await import('graphql')
const config = await configToSchemaReady(configPromise)

const stale: string[] = []
/** Writes `content` to `file`, or in check mode only notes that it differs. */
const emit = (file: string, content: string) => {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (current === content) return
  if (check) stale.push(path.relative(process.cwd(), file))
  else fs.writeFileSync(file, content)
}

// Types: Payload writes straight to the configured file, so generate into scratch and compare.
const typesFile = config.typescript.outputFile as string
await generateTypes({ ...config, typescript: { ...config.typescript, outputFile: path.join(scratch, 'types.ts') } } as typeof config, { log: false })
emit(typesFile, fs.readFileSync(path.join(scratch, 'types.ts'), 'utf8'))

const importMapFile = path.resolve('src/app/(payload)/admin/importMap.js')
const importMapBefore = fs.readFileSync(importMapFile, 'utf8')
await generateImportMap(config, { force: true, log: false })
if (check) {
  const after = fs.readFileSync(importMapFile, 'utf8')
  if (after !== importMapBefore) {
    stale.push(path.relative(process.cwd(), importMapFile))
    fs.writeFileSync(importMapFile, importMapBefore)
  }
}

emit(config.graphQL.schemaOutputFile as string, printSchema(configToSchema(config).schema) + '\n')

// Migrations (SQLite in production): a new one appears only when the schema changed since the last.
const migrationDir = path.resolve('src/migrations')
const before = new Set(fs.readdirSync(migrationDir))
const migrationIndex = fs.readFileSync(path.join(migrationDir, 'index.ts'), 'utf8')
const payload = await getPayload({ config })
await payload.db.createMigration({ payload, migrationName: 'schema', skipEmpty: true, forceAcceptWarning: true })
let added = fs.readdirSync(migrationDir).filter((file) => !before.has(file))
// With forceAcceptWarning the adapter writes a migration even when nothing changed (skipEmpty would
// instead exit the process); an empty one is recognisable by having no SQL, so drop it.
const migrationSource = added.find((file) => file.endsWith('.ts'))
if (migrationSource && !fs.readFileSync(path.join(migrationDir, migrationSource), 'utf8').includes('sql`')) {
  for (const file of added) fs.rmSync(path.join(migrationDir, file))
  fs.writeFileSync(path.join(migrationDir, 'index.ts'), migrationIndex)
  added = []
}
if (check && added.length > 0) {
  for (const file of added) fs.rmSync(path.join(migrationDir, file))
  fs.writeFileSync(path.join(migrationDir, 'index.ts'), migrationIndex)
  stale.push('src/migrations (the schema changed since the last migration)')
}
await payload.destroy()
fs.rmSync(scratch, { recursive: true, force: true })

if (stale.length > 0) {
  console.error(`Generated files are out of date; run \`npm run generate\` and commit:\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
console.log(check ? 'Generated files are up to date.' : `Generated types, import map, GraphQL schema${added.length ? `, migration ${added.join(', ')}` : ''}.`)
process.exit(0)

async function configToSchemaReady<T>(config: Promise<T> | T): Promise<T> {
  return await config
}
