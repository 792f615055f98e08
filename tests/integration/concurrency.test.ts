/**
 * The real API server as a child process (server.ts, API-only) under concurrent writes, and after a
 * SIGKILL in the middle of them. NODE_ENV=production: the schema then comes from the committed
 * migrations (run at start), exactly as deployed, and a restart must open a half-written database
 * cleanly; test mode would push the schema instead and prove less.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { isMongo } from '../support/capabilities'
import { freePort } from '../support/processes'

const CONCURRENT_COMMENTS = 500
const databaseFile = path.resolve('data/test', `concurrency-${process.pid}-${randomBytes(3).toString('hex')}.db`)
const children = new Set<ChildProcess>()
let baseUrl = ''
let env: NodeJS.ProcessEnv
let adminToken = ''
let articleId: string | number

const runScript = (script: string, extraEnv: Record<string, string> = {}) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', script], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      children.delete(child)
      if (code === 0) resolve(output)
      else reject(new Error(`${script} exited with ${code}:\n${output.slice(-3000)}`))
    })
  })

/** Starts server.ts and resolves once /healthz answers 200. */
const startServer = async (): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  child.on('exit', () => children.delete(child))
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.slice(-3000)}`)
    const health = await fetch(`${baseUrl}/healthz`).catch(() => undefined)
    if (health?.status === 200) return child
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server did not become healthy:\n${output.slice(-3000)}`)
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill(signal)
  })

const postComment = (body: string) =>
  fetch(`${baseUrl}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ article: articleId, authorName: 'Load', authorEmail: `load-${randomBytes(4).toString('hex')}@example.org`, body }),
  })

const allComments = async (): Promise<Record<string, any>[]> => {
  const response = await fetch(`${baseUrl}/api/comments?limit=5000&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Record<string, any>[] }).docs
}

const login = async (email: string, password: string) => {
  const response = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

let server: ChildProcess
let adminCredentials: { email: string; password: string }

beforeAll(async () => {
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  baseUrl = `http://127.0.0.1:${await freePort()}`
  env = {
    ...process.env,
    NODE_ENV: 'production',
    SERVE_PAGES: 'false',
    PORT: new URL(baseUrl).port,
    // On MongoDB, this file's own database on the same server (tests/support/env.ts named it).
    DATABASE_URI: isMongo ? (process.env.DATABASE_URI as string) : `file:${databaseFile}`,
    PAYLOAD_SECRET: 'concurrency-test-secret',
    LOG_LEVEL: 'warn',
    JOBS_AUTORUN: 'false',
    COMMENT_RATE_LIMIT_IP: 'off',
    COMMENT_RATE_LIMIT_EMAIL: 'off',
    NODE_OPTIONS: '',
  }
  // The seed prints the generated admin's password once, at info level.
  const seedOutput = await runScript('scripts/seed.ts', { LOG_LEVEL: 'info' })
  const credentials = /Demo admin created: (\S+) \/ (\S+)/.exec(seedOutput)
  if (!credentials) throw new Error(`no admin credentials in the seed output:\n${seedOutput.slice(-2000)}`)
  adminCredentials = { email: credentials[1], password: credentials[2] }
  server = await startServer()
  adminToken = await login(adminCredentials.email, adminCredentials.password)
  const articles = await fetch(`${baseUrl}/api/articles?where[slug][equals]=how-inflammation-drives-osteoporosis&depth=0`)
  articleId = ((await articles.json()) as { docs: { id: string | number }[] }).docs[0].id
}, 180_000)

afterAll(async () => {
  await Promise.all([...children].map((child) => stop(child, 'SIGKILL')))
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
})

describe('concurrent writes against the real server', () => {
  test(`${CONCURRENT_COMMENTS} concurrent comment creations: each stored exactly once, all screened`, async () => {
    const run = randomBytes(3).toString('hex')
    const bodies = Array.from({ length: CONCURRENT_COMMENTS }, (_, index) => `Load ${run} comment number ${index}: does walking help bone density?`)
    const started = performance.now()
    const statuses = await Promise.all(bodies.map(async (body) => (await postComment(body)).status))
    const elapsedMs = Math.round(performance.now() - started)
    const counts = statuses.reduce<Record<number, number>>((tally, status) => ({ ...tally, [status]: (tally[status] ?? 0) + 1 }), {})
    expect(counts).toEqual({ 201: CONCURRENT_COMMENTS })

    const stored = (await allComments()).filter((doc) => String(doc.body).startsWith(`Load ${run} `))
    expect(stored).toHaveLength(CONCURRENT_COMMENTS)
    expect(new Set(stored.map((doc) => doc.body)).size).toBe(CONCURRENT_COMMENTS)
    for (const doc of stored) {
      expect(doc.moderation?.engineVersion).toBeTruthy()
      expect(['pending', 'approved']).toContain(doc.status)
    }
    // Kept in the test output so a regression in throughput is visible.
    process.stdout.write(`${CONCURRENT_COMMENTS} concurrent comments in ${elapsedMs} ms\n`)
  }, 180_000)

  test('SIGKILL in the middle of a write load: the database reopens and every acknowledged comment is there', async () => {
    const run = randomBytes(3).toString('hex')
    const acknowledged: string[] = []
    let sent = 0
    // A steady stream of writes, 20 in flight at a time, until the server disappears.
    const writer = async () => {
      for (;;) {
        const body = `Crash ${run} comment ${(sent += 1)}`
        const response = await postComment(body).catch(() => undefined)
        if (!response) return
        if (response.status === 201) acknowledged.push(body)
      }
    }
    const writers = Array.from({ length: 20 }, writer)
    while (acknowledged.length < 50) await new Promise((resolve) => setTimeout(resolve, 20))
    await stop(server, 'SIGKILL')
    await Promise.all(writers)
    expect(acknowledged.length).toBeGreaterThanOrEqual(50)

    server = await startServer()
    const health = await fetch(`${baseUrl}/healthz`)
    expect(health.status).toBe(200)
    adminToken = await login(adminCredentials.email, adminCredentials.password)
    const storedBodies = new Set((await allComments()).map((doc) => doc.body))
    expect(acknowledged.filter((body) => !storedBodies.has(body))).toEqual([])
    // Still writable after the crash.
    expect((await postComment(`After the crash ${run}`)).status).toBe(201)
  }, 180_000)
})
