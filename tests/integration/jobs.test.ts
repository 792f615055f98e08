/**
 * The job runner every app process starts (src/jobs/runner.ts): an atomic claim per job, so several
 * runners polling one database run each job once; released claims after a process died; and the
 * re-screen endpoint running its work as a `rescreenComments` job. Several runners here are several
 * concurrent passes in one process: the claim is a single conditional write in the database, so it
 * does not matter whether the competitors share a process (tests/integration/two-processes.test.ts
 * runs two real processes).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { claimJob, releaseStaleClaims, runDueJobs } from '../../src/jobs/runner'
import { articleBySlug, bootApp, createStaff, loginToken, postComment, seed, setPolicy } from '../support/payload'

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number
let moderatorToken = ''
let hook: Server
const delivered: string[] = []

const OPTIONS = { limit: 5, staleAfterMs: 60_000 }
const deliveredTimes = (id: string | number) => delivered.filter((commentId) => commentId === String(id)).length
const openJobs = async (task: string) =>
  (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] }, overrideAccess: true })).totalDocs

const heldComment = async (body: string) => (await postComment(http, { article: articleId, authorEmail: 'jobs@example.org', body })).id

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
  articleId = (await articleBySlug(payload)).id
  const moderator = await createStaff(payload, 'moderator')
  moderatorToken = await loginToken(http, moderator.email, moderator.password)
  hook = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      delivered.push(String(JSON.parse(body).commentId))
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  await setPolicy(payload, { mode: 'hold_all', webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/held` })
  // Jobs the seed queued (its held comment) are not this file's business.
  await runDueJobs(payload, OPTIONS)
  delivered.length = 0
})
afterAll(async () => {
  await new Promise((resolve) => hook?.close(resolve))
  await payload?.destroy()
})

describe('claiming', () => {
  test('of many concurrent claims on one job, exactly one wins; a finished job cannot be claimed', async () => {
    const job = await payload.jobs.queue({ task: 'notifyModerators', input: { commentId: 'none' } })
    const results = await Promise.all(Array.from({ length: 8 }, () => claimJob(payload, job.id)))
    expect(results.filter(Boolean)).toHaveLength(1)
    await payload.jobs.runByID({ id: job.id })
    // Completed jobs are deleted (deleteJobOnComplete); a claim on one that is gone fails too.
    expect(await claimJob(payload, job.id)).toBe(false)
  })

  test('three runners polling at once run each of 20 queued jobs exactly once', async () => {
    const ids = []
    for (let index = 0; index < 20; index += 1) ids.push(await heldComment(`Held for the runner race, number ${index}.`))
    expect(delivered).toHaveLength(0) // queued, not run, inside the reader's request
    const ran = await Promise.all([runDueJobs(payload, OPTIONS), runDueJobs(payload, OPTIONS), runDueJobs(payload, OPTIONS)])
    expect(ran.reduce((sum, count) => sum + count, 0)).toBe(20)
    expect(ids.filter((id) => deliveredTimes(id) !== 1)).toEqual([])
    expect(await openJobs('notifyModerators')).toBe(0)
  })
})

describe('a process that dies holding a claim', () => {
  test('its job is left alone while the claim is fresh, then released and run by another runner', async () => {
    const id = await heldComment('Held while its runner crashes.')
    const open = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true, depth: 0, limit: 100 })
    const jobId = open.docs.find((job) => (job.input as { commentId?: string } | null)?.commentId === String(id))?.id
    if (jobId === undefined) throw new Error('no job for the held comment')
    // A runner claims it and dies before running it.
    expect(await claimJob(payload, jobId)).toBe(true)
    expect(await runDueJobs(payload, OPTIONS)).toBe(0)
    expect(deliveredTimes(id)).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 50))
    // Once the claim is older than the stale limit, the next pass releases it and runs the job.
    expect(await runDueJobs(payload, { ...OPTIONS, staleAfterMs: 20 })).toBe(1)
    expect(deliveredTimes(id)).toBe(1)
    expect(await releaseStaleClaims(payload, 0)).toBe(0)
  })
})

describe('re-screening as a job', () => {
  test('POST /api/comments/rescreen queues a rescreenComments job, runs it here and answers with its counts', async () => {
    const text = 'My neighbour says the copper spiral regimen rebuilt her spine in a month.'
    const commentId = await heldComment(text)
    const rule = await payload.create({
      collection: 'claim-rules',
      data: { name: 'Copper spiral regimen', category: 'miracle_cure', description: 'promotes the "copper spiral regimen"', patterns: ['copper spiral regimen'], severity: 'high' } as any,
      overrideAccess: true,
    })
    expect(rule.id).toBeDefined()
    const response = await http.post('/api/comments/rescreen').set('Authorization', `JWT ${moderatorToken}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ jobId: expect.anything(), rescreened: expect.any(Number), flagged: expect.any(Number) })
    expect(response.body.rescreened).toBeGreaterThan(0)
    const after = (await payload.findByID({ collection: 'comments', id: commentId, overrideAccess: true, depth: 0 })) as any
    expect(after.moderation.reasons.join(' ')).toMatch(/copper spiral/i)
    expect(await openJobs('rescreenComments')).toBe(0)
  })

  test('a queued re-screen is run by whichever runner claims it', async () => {
    await runDueJobs(payload, OPTIONS) // the held comment above queued a notification
    await payload.jobs.queue({ task: 'rescreenComments', input: { requestedBy: 'test' } })
    expect(await openJobs('rescreenComments')).toBe(1)
    const ran = await Promise.all([runDueJobs(payload, OPTIONS), runDueJobs(payload, OPTIONS)])
    expect(ran.reduce((sum, count) => sum + count, 0)).toBe(1)
    expect(await openJobs('rescreenComments')).toBe(0)
  })
})
