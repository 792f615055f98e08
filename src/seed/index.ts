import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { importPage, type SeedReport } from './importPage'

const pagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages')

export const DEMO_ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL ?? 'admin@example.com'

/** Imports every page under src/seed/pages (the project's copy of the scraped source). */
export const seedDemoContent = async (payload: Payload): Promise<SeedReport[]> => {
  const reports: SeedReport[] = []
  for (const file of fs.readdirSync(pagesDir).filter((name) => name.endsWith('.txt')).sort()) {
    reports.push(await importPage(payload, fs.readFileSync(path.join(pagesDir, file), 'utf8')))
  }
  return reports
}

/**
 * The first start creates one admin with a generated password and returns it to be shown once.
 * There is no default password anywhere; later starts find the user and return nothing.
 */
export const ensureDemoAdmin = async (payload: Payload): Promise<{ email: string; password: string } | undefined> => {
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (users.totalDocs > 0) return undefined
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: DEMO_ADMIN_EMAIL, password, name: 'Demo admin', roles: ['admin'] },
    overrideAccess: true,
  })
  return { email: DEMO_ADMIN_EMAIL, password }
}
