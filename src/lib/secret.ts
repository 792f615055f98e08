import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Local starts need no setup: without PAYLOAD_SECRET one is generated once and kept in
 * data/.payload-secret (owner-only), so sessions and hashes survive restarts. The Docker image does not
 * use this: it refuses to start without an explicit secret.
 */
export const ensureLocalSecret = (dataDir = path.resolve('data')): { secret: string; generated: boolean; file?: string } => {
  if (process.env.PAYLOAD_SECRET) return { secret: process.env.PAYLOAD_SECRET, generated: false }
  const file = path.join(dataDir, '.payload-secret')
  fs.mkdirSync(dataDir, { recursive: true })
  let generated = false
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    generated = true
  }
  const secret = fs.readFileSync(file, 'utf8').trim()
  process.env.PAYLOAD_SECRET = secret
  return { secret, generated, file }
}
