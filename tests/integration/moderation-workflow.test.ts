import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { articleBySlug, bootApp, createStaff, loginToken, postComment as postReaderComment, seed, setPolicy } from '../support/payload'

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number
const tokens: Record<'admin' | 'editor' | 'moderator', string> = { admin: '', editor: '', moderator: '' }
const auth = (role: keyof typeof tokens) => ({ Authorization: `JWT ${tokens[role]}` })

const SEED_COMMENT = 'They dont tell u that the pharma compaines are behind the whole inflammation story, just a way to sell more meds.'

const postComment = (body: string, extra: Record<string, unknown> = {}) =>
  postReaderComment(http, { article: articleId, authorEmail: 'reader@example.org', body, ...extra })
const stored = (id: string | number) => payload.findByID({ collection: 'comments', id, overrideAccess: true, depth: 0 }) as Promise<any>
const eventsFor = async (id: string | number) =>
  (await payload.find({ collection: 'moderation-events', where: { comment: { equals: id } }, sort: 'createdAt', overrideAccess: true, depth: 0 })).docs as any[]
const moderate = (id: string | number, body: Record<string, unknown>, role: keyof typeof tokens = 'moderator') =>
  http.post(`/api/comments/${id}/moderate`).set(auth(role)).send(body)

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
  articleId = (await articleBySlug(payload)).id
  for (const role of ['admin', 'editor', 'moderator'] as const) {
    const staff = await createStaff(payload, role)
    tokens[role] = await loginToken(http, staff.email, staff.password)
  }
})
afterAll(async () => {
  await payload?.destroy()
})

describe('screening on arrival', () => {
  test('the seed comment is held, flagged as an unsupported claim, with the hidden-motive reason and its span', async () => {
    const [comment] = (await payload.find({ collection: 'comments', where: { body: { equals: SEED_COMMENT } }, overrideAccess: true })).docs as any[]
    expect(comment.status).toBe('pending')
    expect(comment.moderation.flags.map((flag: any) => flag.label)).toContain('unsupported_claim')
    expect(comment.moderation.reasons.join(' ')).toMatch(/motive/i)
    const span = comment.moderation.spans.find((candidate: any) => candidate.label === 'unsupported_claim')
    expect(SEED_COMMENT.slice(span.start, span.end)).toBe(span.text)
    expect(comment.moderation.engineVersion).toBeTruthy()
    const [event] = await eventsFor(comment.id)
    expect(event).toMatchObject({ action: 'screened', toStatus: 'pending', actorLabel: 'system' })
  })

  test('a clean question is published under auto-approve and held under hold-all', async () => {
    await setPolicy(payload, { mode: 'auto_approve_clean' })
    const published = await postComment('How long did the vitamin D trials run for?')
    expect(published).toMatchObject({ status: 'approved', publication: 'published' })
    await setPolicy(payload, { mode: 'hold_all' })
    const held = await postComment('How long did the omega-3 trials run for?')
    expect(held).toMatchObject({ status: 'pending', publication: 'awaiting_review' })
  })

  test('flagged comments are held whatever the policy', async () => {
    await setPolicy(payload, { mode: 'auto_approve_clean' })
    const held = await postComment(SEED_COMMENT.replace('meds', 'pills'), { authorEmail: 'other@example.org' })
    expect(held.status).toBe('pending')
    // The log says why, although the reader's request could not read the verdict it stored.
    expect((await eventsFor(held.id))[0].reason).toMatch(/^Held by screening: .*motive/i)
  })

  test('trusted commenters: auto-approved after N approved comments and no rejections', async () => {
    await setPolicy(payload, { mode: 'auto_approve_trusted', trustedAfter: 2 })
    const email = 'regular@example.org'
    const first = await postComment('Is walking enough weight-bearing exercise?', { authorEmail: email })
    expect(first.status).toBe('pending')
    await moderate(first.id, { action: 'approve' })
    const second = await postComment('Should I take vitamin D with food?', { authorEmail: email })
    expect(second.status).toBe('pending')
    await moderate(second.id, { action: 'approve' })
    const third = await postComment('Thanks, the FAQ answered my question about CRP.', { authorEmail: email })
    expect(third.status).toBe('approved')
  })
})

describe('moderator actions', () => {
  test('approve, reject (with reason), spam and publish with note each change status and write one event', async () => {
    await setPolicy(payload, { mode: 'hold_all' })
    const a = await postComment('Does HRT change CRP levels?')
    const b = await postComment('Great article, thanks.')
    const c = await postComment('Nice post.')
    const d = await postComment(SEED_COMMENT.replace('meds', 'drugs'))

    expect((await moderate(a.id, { action: 'approve' })).body.status).toBe('approved')
    expect((await moderate(b.id, { action: 'reject' })).status).toBe(400) // a rejection needs a reason
    expect((await moderate(b.id, { action: 'reject', reason: 'Off topic' })).body.status).toBe('rejected')
    expect((await moderate(c.id, { action: 'spam' })).body.status).toBe('spam')
    const note = 'This claim is not supported by the evidence: https://www.cochrane.org/'
    const published = await moderate(d.id, { action: 'publish_with_note', note })
    expect(published.body).toMatchObject({ status: 'approved', editorNote: note })

    const expectations: [string | number, string, string, string][] = [
      [a.id, 'approved', 'pending', 'approved'],
      [b.id, 'rejected', 'pending', 'rejected'],
      [c.id, 'spam', 'pending', 'spam'],
      [d.id, 'published_with_note', 'pending', 'approved'],
    ]
    for (const [id, action, from, to] of expectations) {
      const events = await eventsFor(id)
      expect(events).toHaveLength(2) // screened + the decision
      expect(events[1]).toMatchObject({ action, fromStatus: from, toStatus: to, actorLabel: 'moderator@test.local' })
    }
    expect((await eventsFor(b.id))[1].reason).toBe('Off topic')
    expect((await eventsFor(d.id))[1].reason).toBe(note)
  })

  test('editors and readers cannot moderate', async () => {
    const comment = await postComment('Can I exercise during a flare?')
    expect((await moderate(comment.id, { action: 'approve' }, 'editor')).status).toBe(403)
    expect((await http.post(`/api/comments/${comment.id}/moderate`).send({ action: 'approve' })).status).toBe(403)
    expect((await moderate(comment.id, { action: 'delete-everything' })).status).toBe(400)
    expect((await stored(comment.id)).status).toBe('pending')
  })

  test('a status change in the admin edit view is logged too', async () => {
    const comment = await postComment('Is a DEXA scan painful?')
    const response = await http.patch(`/api/comments/${comment.id}`).set(auth('moderator')).send({ status: 'approved', decisionReason: 'Fine question' })
    expect(response.status).toBe(200)
    const events = await eventsFor(comment.id)
    expect(events[1]).toMatchObject({ action: 'approved', reason: 'Fine question' })
  })

  test('moderation events can be neither edited nor deleted, by anyone', async () => {
    const [event] = (await payload.find({ collection: 'moderation-events', limit: 1, overrideAccess: true })).docs
    for (const role of ['admin', 'moderator', 'editor'] as const) {
      expect((await http.patch(`/api/moderation-events/${event.id}`).set(auth(role)).send({ reason: 'rewritten' })).status).toBe(403)
      expect((await http.delete(`/api/moderation-events/${event.id}`).set(auth(role))).status).toBe(403)
    }
    await expect(payload.update({ collection: 'moderation-events', id: event.id, data: { reason: 'x' }, overrideAccess: true })).rejects.toThrow()
    await expect(payload.delete({ collection: 'moderation-events', id: event.id, overrideAccess: true })).rejects.toThrow()
    const again = await payload.findByID({ collection: 'moderation-events', id: event.id, overrideAccess: true })
    expect(again.reason).toBe(event.reason)
  })
})

describe('reader reports', () => {
  test('distinct reports send a published comment back to the queue; repeats by one reader count once', async () => {
    await setPolicy(payload, { mode: 'auto_approve_clean', reportsToRequeue: 2 })
    const comment = await postComment('I found the table really useful.')
    expect(comment.status).toBe('approved')
    const report = (email: string) => http.post(`/api/comments/${comment.id}/report`).send({ reason: 'Looks like an ad', email })
    expect((await http.post(`/api/comments/${comment.id}/report`).send({})).status).toBe(400)
    expect((await report('one@example.org')).body).toEqual({ received: true, requeued: false })
    expect((await report('one@example.org')).body).toEqual({ received: true, requeued: false })
    expect((await report('two@example.org')).body).toEqual({ received: true, requeued: true })
    const after = await stored(comment.id)
    expect(after.status).toBe('pending')
    expect(after.reportCount).toBe(2)
    const events = await eventsFor(comment.id)
    expect(events.at(-1)).toMatchObject({ action: 'requeued', fromStatus: 'approved', toStatus: 'pending', actorLabel: 'readers' })
  })
})

describe('re-screening', () => {
  test('a new claim rule is picked up by re-screening the pending comments', async () => {
    await setPolicy(payload, { mode: 'hold_all' })
    const text = 'Everyone at my gym swears by the blue lagoon protocol for stronger bones.'
    const comment = await postComment(text)
    expect((await stored(comment.id)).flagSummary ?? '').not.toMatch(/unsupported_claim/)

    const rule = await http.post('/api/claim-rules').set(auth('moderator')).send({
      name: 'Blue lagoon protocol',
      category: 'miracle_cure',
      description: 'promotes the "blue lagoon protocol", an unproven bone treatment',
      patterns: ['blue lagoon protocol'],
      severity: 'high',
    })
    expect(rule.status).toBe(201)
    const rescreen = await http.post('/api/comments/rescreen').set(auth('moderator'))
    expect(rescreen.status).toBe(200)
    expect(rescreen.body.rescreened).toBeGreaterThan(0)
    const after = await stored(comment.id)
    expect(after.flagSummary).toMatch(/unsupported_claim/)
    expect(after.moderation.reasons.join(' ')).toMatch(/blue lagoon/i)
    expect((await http.post('/api/comments/rescreen').set(auth('editor'))).status).toBe(403)
  })
})

describe('what the public never sees', () => {
  test('held comments, reasons and emails are hidden from anonymous REST and GraphQL', async () => {
    await setPolicy(payload, { mode: 'auto_approve_clean' })
    const held = await postComment(SEED_COMMENT.replace('sell', 'flog'))
    const visible = await postComment('Which foods are highest in magnesium?')
    expect((await http.get(`/api/comments/${held.id}`)).status).toBeGreaterThanOrEqual(403)
    const list = await http.get('/api/comments').query({ limit: 100 })
    const ids = list.body.docs.map((doc: any) => String(doc.id))
    expect(ids).toContain(String(visible.id))
    expect(ids).not.toContain(String(held.id))
    const text = JSON.stringify(list.body)
    for (const secret of ['authorEmail', 'commenterHash', 'clientHash', '"moderation"', '"score"', 'flagSummary', 'reader@example.org']) {
      expect(text).not.toContain(secret)
    }
    const gql = await http.post('/api/graphql').send({
      query: `{ Comments(limit: 100) { docs { id body authorEmail moderation { reasons } score } } }`,
    })
    const gqlDocs = gql.body.data?.Comments?.docs ?? []
    expect(gqlDocs.map((doc: any) => String(doc.id))).not.toContain(String(held.id))
    for (const doc of gqlDocs) {
      expect(doc.authorEmail ?? null).toBeNull()
      expect(doc.moderation?.reasons ?? null).toBeNull()
      expect(doc.score ?? null).toBeNull()
    }
    const single = await http.post('/api/graphql').send({ query: `{ Comment(id: ${JSON.stringify(held.id)}) { body } }` })
    expect(single.body.data?.Comment ?? null).toBeNull()
  })
})

describe('notifications', () => {
  let hook: Server
  const received: any[] = []
  beforeAll(async () => {
    hook = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push(JSON.parse(body))
        res.end('ok')
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => hook.close(() => resolve())))

  test('a held comment emails the moderators and calls the webhook, through the job queue', async () => {
    const port = (hook.address() as AddressInfo).port
    await setPolicy(payload, { mode: 'hold_all', notifyEmails: ['mods@example.org'], webhookUrl: `http://127.0.0.1:${port}/held` })
    const sent: any[] = []
    const sendEmail = payload.sendEmail.bind(payload)
    payload.sendEmail = (message: any) => {
      sent.push(message)
      return sendEmail(message)
    }
    const comment = await postComment(SEED_COMMENT.replace('story', 'tale'))
    expect(received).toHaveLength(0) // nothing is sent inside the reader's request
    await payload.jobs.run({ limit: 100 })
    const call = received.find((body) => String(body.commentId) === String(comment.id))
    expect(call).toMatchObject({ event: 'comment.held', flags: ['unsupported_claim'] })
    expect(call.reasons.join(' ')).toMatch(/motive/i)
    const email = sent.find((message) => String(message.text).includes(String(comment.id)))
    expect(email).toMatchObject({ to: 'mods@example.org' })
    expect(email.subject).toMatch(/awaiting review/)
  })
})
