/**
 * Starts the real production server for browser tests: a production build (made when missing or
 * stale), a fresh SQLite database seeded by scripts/seed.ts, `server.ts` on a free port, and staff
 * users created through REST as the seeded admin. `stop()` ends the server and removes its files;
 * it also runs on process exit, so a crashed test run never leaves a server behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { buildIsStale } from '../../../scripts/lib/buildState'

export const ARTIFACTS = path.resolve('artifacts/e2e')
export const SEED_ARTICLE = 'how-inflammation-drives-osteoporosis'
export const SEED_AUTHOR = 'cassius-beaumont'
export const SEED_COMMENT = 'They dont tell u that the pharma compaines are behind the whole inflammation story, just a way to sell more meds.'

export interface Account {
  email: string
  password: string
}

export interface E2EServer {
  baseURL: string
  admin: Account
  moderator: Account
  editor: Account
  /** REST as admin (JWT), e.g. for setting the moderation policy. */
  api: (method: string, pathname: string, body?: unknown) => Promise<any>
  stop: () => Promise<void>
}

const NODE_ARGS = ['--conditions=production', '--import', 'tsx']
const SECRET = `e2e-secret-${randomBytes(8).toString('hex')}`

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** `next build` when there is no build or a source is newer than it (shared .next, as `npm start` uses). */
export const ensureBuild = (): void => {
  if (!buildIsStale()) return
  const started = Date.now()
  const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-build-secret', NEXT_TELEMETRY_DISABLED: '1' } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}):\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}`)
  console.log(`e2e: next build took ${Math.round((Date.now() - started) / 1000)} s`)
}

const waitForHealth = async (baseURL: string, child: ChildProcess, log: () => string, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(`${baseURL}/healthz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${log()}`)
}

export const startServer = async (): Promise<E2EServer> => {
  ensureBuild()
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
  const dbFile = path.join('data/e2e', `${unique}.db`)
  const mediaDir = path.resolve('data/e2e', `media-${unique}`)
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    PORT: String(port),
    DATABASE_URI: `file:./${dbFile}`,
    PAYLOAD_SECRET: SECRET,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: mediaDir,
    NEXT_TELEMETRY_DISABLED: '1',
    DEMO_ADMIN_EMAIL: 'admin@e2e.test',
  } as NodeJS.ProcessEnv

  // The seed prints the generated admin password once, at info level.
  const seed = spawnSync(process.execPath, [...NODE_ARGS, 'scripts/seed.ts'], { env: { ...env, LOG_LEVEL: 'info' }, encoding: 'utf8', timeout: 120_000 })
  const seedOutput = `${seed.stdout}\n${seed.stderr}`
  const credentials = /Demo admin created: (\S+) \/ (\S+)/.exec(seedOutput)
  if (seed.status !== 0 || !credentials) throw new Error(`seed failed (exit ${seed.status}):\n${seedOutput.slice(-4000)}`)
  const admin = { email: credentials[1], password: credentials[2] }

  let output = ''
  const child = spawn(process.execPath, [...NODE_ARGS, 'server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const logFile = fs.createWriteStream(path.join(ARTIFACTS, 'server.log'))
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
    logFile.write(chunk)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    process.off('exit', killOnExit)
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    logFile.end()
    for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) fs.rmSync(file, { force: true })
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }

  try {
    await waitForHealth(baseURL, child, () => output)
    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error(`admin login failed: ${login.status}`)
    const api = async (method: string, pathname: string, body?: unknown) => {
      const response = await fetch(`${baseURL}${pathname}`, {
        method,
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = await response.json().catch(() => ({}))
      if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json)}`)
      return json
    }
    const staff = async (role: 'moderator' | 'editor'): Promise<Account> => {
      const account = { email: `${role}@e2e.test`, password: `pw-${role}-${randomBytes(6).toString('hex')}` }
      await api('POST', '/api/users', { ...account, name: `E2E ${role}`, roles: [role] })
      return account
    }
    return { baseURL, admin, moderator: await staff('moderator'), editor: await staff('editor'), api, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
