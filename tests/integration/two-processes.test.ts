/**
 * Two app processes on one database, as behind a load balancer (issue 7, "Running at scale"):
 * `server.ts` twice (API-only, production mode, both running the job queue) against one SQLite file,
 * or under `npm run test:mongo` against one MongoDB database. The test talks to them as nginx would
 * (TRUST_PROXY=1, the client's address in X-Forwarded-For) and proves that nothing a process needs
 * lives only in its own memory:
 * - comments posted to either are read from both, and an approval through one reaches the other's public reads;
 * - a rate limit used up through one is enforced by the other;
 * - jobs queued by either run exactly once while both run the queue;
 * - SIGKILL one in the middle of a write stream: every acknowledged comment is stored, and every
 *   acknowledged held comment is still notified (the dead process's claimed jobs are released and rerun).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { isMongo } from '../support/capabilities'
import { killAll, runScript, startAppProcess, stopProcess, type AppProcess } from '../support/processes'

const SLUG = 'how-inflammation-drives-osteoporosis'
const POLL_MS = 200
const STALE_AFTER_MS = 3000
const SETTINGS_TTL_MS = 1000
const unique = `${process.pid}-${randomBytes(3).toString('hex')}`
const databaseFile = path.resolve('data/test', `two-processes-${unique}.db`)
const mediaDir = path.resolve('data/test-media', `two-processes-${unique}`)

let a: AppProcess
let b: AppProcess
let articleId: string | number
let adminToken = ''
let moderatorToken = ''

// ---- a webhook receiver standing in for the moderators' chat integration --------------------------
interface Delivery {
  commentId: string
  /** The app process that sent it (found from the connection, see senderPid). */
  pid?: number
}
const deliveries: Delivery[] = []
/** Deliveries whose answer has not been sent yet (the webhook answers after webhookDelayMs). */
const inFlight = new Set<Delivery>()
let webhookDelayMs = 0
let webhook: Server
let webhookUrl = ''
const notifiedTimes = (commentId: string) => deliveries.filter((delivery) => delivery.commentId === commentId).length

/**
 * Which process opened the connection with this client port: the socket inode from /proc/net/tcp,
 * then the process holding that inode (Linux). Lets the test kill B exactly while B is delivering.
 */
const senderPid = (remotePort: number, pids: number[]): number | undefined => {
  const portHex = remotePort.toString(16).toUpperCase().padStart(4, '0')
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const line = fs.existsSync(table) ? fs.readFileSync(table, 'utf8').split('\n').find((row) => row.trim().split(/\s+/)[1]?.endsWith(`:${portHex}`)) : undefined
    const inode = line?.trim().split(/\s+/)[9]
    if (!inode) continue
    for (const pid of pids) {
      const fds = fs.readdirSync(`/proc/${pid}/fd`, { withFileTypes: false }) as string[]
      if (fds.some((fd) => { try { return fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]` } catch { return false } })) return pid
    }
  }
  return undefined
}

// ---- HTTP helpers ------------------------------------------------------------------------------------
let nextAddress = 0
/** A fresh client address per comment unless one is given (198.18.0.0/15, the benchmarking range). */
const freshAddress = () => `198.18.${Math.floor((nextAddress += 1) / 250)}.${(nextAddress % 250) + 1}`

const postComment = (app: AppProcess, body: string, options: { ip?: string; email?: string } = {}) =>
  fetch(`${app.baseUrl}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': options.ip ?? freshAddress() },
    body: JSON.stringify({
      article: articleId,
      authorName: 'Two Process Reader',
      authorEmail: options.email ?? `reader-${randomBytes(5).toString('hex')}@example.org`,
      body,
    }),
  })

const api = async (app: AppProcess, method: string, pathname: string, token = adminToken, body?: unknown) => {
  const response = await fetch(`${app.baseUrl}${pathname}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json().catch(() => ({}))) as any
  return { status: response.status, body: json }
}

const commentIds = async (app: AppProcess, marker: string): Promise<Set<string>> => {
  const { status, body } = await api(app, 'GET', `/api/comments?limit=10000&depth=0&where[body][contains]=${encodeURIComponent(marker)}`)
  expect(status).toBe(200)
  return new Set((body.docs as { id: string | number }[]).map((doc) => String(doc.id)))
}

const publicThread = async (app: AppProcess): Promise<string[]> => {
  const response = await fetch(`${app.baseUrl}/api/articles/${SLUG}/comments?sort=newest&limit=50`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { body: string }[] }).docs.map((doc) => doc.body)
}

const waitFor = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
}

/** Set through A; B screens new comments with settings read up to SETTINGS_TTL_MS ago, so wait that long. */
const setPolicy = async (data: Record<string, unknown>) => {
  const { status, body } = await api(a, 'POST', '/api/globals/moderation-policy', adminToken, data)
  expect([status, body.errors]).toEqual([200, undefined])
  await new Promise((resolve) => setTimeout(resolve, SETTINGS_TTL_MS + 100))
}

beforeAll(async () => {
  webhook = createServer((req, res) => {
    let raw = ''
    const pid = senderPid(req.socket.remotePort ?? 0, [a, b].filter(Boolean).map((app) => app.child.pid as number))
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const delivery: Delivery = { commentId: String(JSON.parse(raw).commentId), pid }
      deliveries.push(delivery)
      inFlight.add(delivery)
      setTimeout(() => {
        inFlight.delete(delivery)
        res.writeHead(204).end()
      }, webhookDelayMs)
    })
  })
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve))
  webhookUrl = `http://127.0.0.1:${(webhook.address() as { port: number }).port}/held`

  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    // One database for both (on MongoDB: this file's database on the shared server, named by tests/support/env.ts).
    DATABASE_URI: isMongo ? (process.env.DATABASE_URI as string) : `file:${databaseFile}`,
    PAYLOAD_SECRET: `two-processes-${unique}`,
    LOG_LEVEL: 'warn',
    MEDIA_DIR: mediaDir,
    TRUST_PROXY: '1',
    COMMENT_RATE_LIMIT_IP: '5/60',
    COMMENT_RATE_LIMIT_EMAIL: '3/60',
    // Both processes run the queue, polling often so that they really compete for every job.
    JOBS_AUTORUN: 'true',
    JOBS_POLL_MS: String(POLL_MS),
    JOBS_STALE_AFTER_MS: String(STALE_AFTER_MS),
    // The documented bounds for per-process copies of shared state (src/lib/changes.ts, screening settings).
    SCREENING_SETTINGS_TTL_MS: String(SETTINGS_TTL_MS),
    CACHE_COHERENCE_MS: '1000',
  }
  // Schema (migrations) and demo content first, then both processes at once.
  const seedOutput = await runScript('scripts/seed.ts', { ...env, LOG_LEVEL: 'info' })
  const credentials = /Demo admin created: (\S+) \/ (\S+)/.exec(seedOutput)
  if (!credentials) throw new Error(`no admin credentials in the seed output:\n${seedOutput.slice(-2000)}`)
  ;[a, b] = await Promise.all([startAppProcess('A', env), startAppProcess('B', env)])

  const login = await fetch(`${a.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: credentials[1], password: credentials[2] }),
  })
  adminToken = ((await login.json()) as { token: string }).token
  const moderator = { email: `moderator-${unique}@example.org`, password: `pw-${randomBytes(8).toString('hex')}` }
  expect((await api(a, 'POST', '/api/users', adminToken, { ...moderator, name: 'Moderator', roles: ['moderator'] })).status).toBe(201)
  // Logged in through B: a session from either process is valid on the other (one PAYLOAD_SECRET, users in the database).
  const moderatorLogin = await fetch(`${b.baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(moderator) })
  moderatorToken = ((await moderatorLogin.json()) as { token: string }).token
  const articles = await fetch(`${a.baseUrl}/api/articles?where[slug][equals]=${SLUG}&depth=0`)
  articleId = ((await articles.json()) as { docs: { id: string | number }[] }).docs[0].id
}, 300_000)

afterAll(async () => {
  // The processes' logs (warnings and errors only) stay behind for a failed run.
  fs.mkdirSync('artifacts', { recursive: true })
  for (const app of [a, b]) if (app) fs.writeFileSync(path.join('artifacts', `two-processes-${app.name}.log`), app.output())
  await killAll()
  await new Promise((resolve) => webhook?.close(resolve))
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
  fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('two app processes on one database', () => {
  test('comments posted to either process are read from both; an approval through one reaches the other’s public reads', async () => {
    await setPolicy({ mode: 'hold_all', webhookUrl: null })
    const marker = `two-proc-rw-${randomBytes(3).toString('hex')}`
    const posted: string[] = []
    for (let index = 0; index < 10; index += 1) {
      const response = await postComment(index % 2 === 0 ? a : b, `Question ${index} about calcium and vitamin D (${marker})`)
      expect(response.status).toBe(201)
      posted.push(String(((await response.json()) as { doc: { id: string | number } }).doc.id))
    }
    expect([...(await commentIds(a, marker))].sort()).toEqual([...posted].sort())
    expect([...(await commentIds(b, marker))].sort()).toEqual([...posted].sort())

    // B serves (and may cache) the public thread; a moderator approves through A; B's readers see it.
    const approvedBody = `Question 3 about calcium and vitamin D (${marker})`
    expect(await publicThread(b)).not.toContain(approvedBody)
    const approve = await api(a, 'POST', `/api/comments/${posted[3]}/moderate`, moderatorToken, { action: 'approve' })
    expect(approve.status).toBe(200)
    const started = Date.now()
    await waitFor('the approved comment in B’s public thread', async () => (await publicThread(b)).includes(approvedBody), 10_000)
    process.stdout.write(`two-processes: approval through A visible in B's public reads after ${Date.now() - started} ms\n`)
  }, 60_000)

  test('a rate limit used up through one process is enforced by the other', async () => {
    // Per client address (5/60): five comments alternate between the processes, the sixth is refused by either.
    const ip = '203.0.113.77'
    for (let index = 0; index < 5; index += 1) {
      expect((await postComment(index % 2 === 0 ? a : b, `Address budget ${index}`, { ip })).status).toBe(201)
    }
    const refusedByB = await postComment(b, 'Address budget, one too many', { ip })
    expect(refusedByB.status).toBe(429)
    expect(Number(refusedByB.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await postComment(a, 'Address budget, still too many', { ip })).status).toBe(429)

    // Per email (3/60), from different addresses: used up through A, refused by B.
    const email = `budget-${randomBytes(4).toString('hex')}@example.org`
    for (let index = 0; index < 3; index += 1) expect((await postComment(a, `Email budget ${index}`, { email })).status).toBe(201)
    const refusedEmail = await postComment(b, 'Email budget, one too many', { email })
    expect(refusedEmail.status).toBe(429)
    expect(((await refusedEmail.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/this email address/)
    // Other readers are unaffected.
    expect((await postComment(b, 'Someone else entirely')).status).toBe(201)
  }, 60_000)

  test('jobs queued by either process run exactly once while both run the queue', async () => {
    await setPolicy({ mode: 'hold_all', webhookUrl })
    deliveries.length = 0
    webhookDelayMs = 0
    const marker = `two-proc-jobs-${randomBytes(3).toString('hex')}`
    // Every held comment queues a notifyModerators job in the process that took it.
    const held = await Promise.all(
      Array.from({ length: 16 }, async (_, index) => {
        const response = await postComment(index % 2 === 0 ? a : b, `Held question ${index} (${marker})`)
        expect(response.status).toBe(201)
        return String(((await response.json()) as { doc: { id: string | number } }).doc.id)
      }),
    )
    await waitFor('a notification for every held comment', () => held.every((id) => notifiedTimes(id) >= 1), 30_000)
    // Both processes keep polling every POLL_MS: give a duplicate ample time to show up.
    await new Promise((resolve) => setTimeout(resolve, 15 * POLL_MS))
    expect(held.filter((id) => notifiedTimes(id) !== 1)).toEqual([])
    // Nothing else was delivered twice either (jobs left over from earlier tests may deliver once now).
    const ids = deliveries.map((delivery) => delivery.commentId)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    const byA = deliveries.filter((delivery) => delivery.pid === a.child.pid).length
    const byB = deliveries.filter((delivery) => delivery.pid === b.child.pid).length
    process.stdout.write(`two-processes: ${held.length} held-comment jobs, each run once; delivered by A: ${byA}, by B: ${byB}\n`)

    // A re-screen requested through B is a job too: B claims and runs it (200), or, if A's runner
    // claimed it first, B answers 202 and A runs it.
    const rescreen = await api(b, 'POST', '/api/comments/rescreen', moderatorToken)
    expect([200, 202]).toContain(rescreen.status)
    expect(rescreen.body.jobId).toBeDefined()
    if (rescreen.status === 200) expect(rescreen.body.rescreened).toBeGreaterThanOrEqual(held.length)
  }, 90_000)

  test('SIGKILL one process in the middle of a write stream: no acknowledged comment or notification is lost', async () => {
    deliveries.length = 0
    // Slow notifications, so that B can be killed while it is in the middle of one.
    webhookDelayMs = 300
    const marker = `two-proc-kill-${randomBytes(3).toString('hex')}`
    const acknowledged: string[] = []
    let sent = 0
    const writer = async () => {
      for (;;) {
        const response = await postComment(b, `Stream comment ${(sent += 1)} (${marker})`).catch(() => undefined)
        if (!response) return // B is gone
        if (response.status === 201) acknowledged.push(String(((await response.json()) as { doc: { id: string | number } }).doc.id))
        else if (response.status !== 429) throw new Error(`unexpected ${response.status}`)
      }
    }
    const writers = Array.from({ length: 8 }, writer)
    const bPid = b.child.pid
    const bDelivering = () => [...inFlight].find((delivery) => delivery.pid === bPid)
    await waitFor('40 acknowledged comments while B is delivering a notification', () => acknowledged.length >= 40 && bDelivering() !== undefined, 60_000)
    const interrupted = bDelivering()!
    await stopProcess(b.child, 'SIGKILL')
    await Promise.all(writers)
    const killedAt = Date.now()

    // Every comment B acknowledged is in the database, read through A.
    const stored = await commentIds(a, marker)
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([])

    // Every acknowledged held comment is notified. The job B died running stays claimed until
    // STALE_AFTER_MS has passed; then A releases the claim and runs it again (at-least-once).
    await waitFor('a notification for every acknowledged comment', () => acknowledged.every((id) => notifiedTimes(id) >= 1), STALE_AFTER_MS + 30_000)
    await waitFor('the interrupted notification delivered again by A', () => deliveries.some((delivery) => delivery.commentId === interrupted.commentId && delivery.pid === a.child.pid), STALE_AFTER_MS + 30_000)
    expect(a.output()).toMatch(/Released \d+ job claim/)
    const twice = acknowledged.filter((id) => notifiedTimes(id) > 1).length
    process.stdout.write(
      `two-processes: ${acknowledged.length} acknowledged before SIGKILL, all ${stored.size >= acknowledged.length ? 'stored' : 'NOT stored'} (${stored.size} stored); ` +
        `every one notified ${Date.now() - killedAt} ms after the kill; notified twice (B died mid-delivery): ${twice}\n`,
    )

    // The survivor keeps taking comments.
    expect((await postComment(a, `After the kill (${marker})`)).status).toBe(201)
  }, 120_000)
})
