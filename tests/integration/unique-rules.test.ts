/**
 * Uniqueness the app promises (slugs, user emails) holds on every database because hooks check it,
 * and answers a clear 400 naming the field. What only the database guarantees (a unique index with no
 * hook in front, transactional rollback) is tested where the database has it: tests/support/capabilities.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type { Response } from 'supertest'
import { testIf } from '../support/capabilities'
import { bootApp, createStaff, loginToken } from '../support/payload'

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let adminToken: string
let editorToken: string

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  const admin = await createStaff(payload, 'admin', 'admin@unique.local')
  adminToken = await loginToken(http, admin.email, admin.password)
  const editor = await createStaff(payload, 'editor', 'editor@unique.local')
  editorToken = await loginToken(http, editor.email, editor.password)
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
})

/** 400, and the field error names `path` with a message that says why. */
const expectDuplicateRejected = (response: Response, path: string, messagePattern: RegExp) => {
  expect(response.status).toBe(400)
  const fieldErrors: { path: string; message: string }[] = response.body.errors?.[0]?.data?.errors ?? []
  expect(fieldErrors.map((error) => error.path)).toEqual([path])
  expect(fieldErrors[0].message).toMatch(messagePattern)
}
const asEditor = (path: string) => http.post(path).set('Authorization', `JWT ${editorToken}`)
const asAdmin = (path: string) => http.post(path).set('Authorization', `JWT ${adminToken}`)

describe('slugs are unique per collection, on every database', () => {
  test.each([
    ['articles', { title: 'Vitamin D and bones', _status: 'published' }, { title: 'Another take on vitamin D' }],
    ['authors', { name: 'Jane Doe' }, { name: 'Another Jane' }],
    ['topics', { name: 'Vitamin D' }, { name: 'Vitamin D (again)' }],
  ] as const)('%s: a second document with the same slug is a 400 on slug; nothing is stored', async (collection, first, second) => {
    const created = await asEditor(`/api/${collection}`).send({ ...first, slug: `same-${collection}` })
    expect(created.status).toBe(201)
    const duplicate = await asEditor(`/api/${collection}`).send({ ...second, slug: `same-${collection}` })
    expectDuplicateRejected(duplicate, 'slug', new RegExp(`"same-${collection}" is already used`))
    const stored = await payload.count({ collection, where: { slug: { equals: `same-${collection}` } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(1)
  })

  test('a slug derived from the title clashes too, and renaming onto a taken slug is refused', async () => {
    expect((await asEditor('/api/topics').send({ name: 'Bone Density' })).status).toBe(201)
    expectDuplicateRejected(await asEditor('/api/topics').send({ name: 'bone density' }), 'slug', /"bone-density" is already used/)

    const other = await asEditor('/api/topics').send({ name: 'Calcium' })
    expect(other.status).toBe(201)
    const rename = await http.patch(`/api/topics/${other.body.doc.id}`).set('Authorization', `JWT ${editorToken}`).send({ slug: 'bone-density' })
    expectDuplicateRejected(rename, 'slug', /"bone-density" is already used/)
    // Saving a document with its own slug is not a clash.
    const unchanged = await http.patch(`/api/topics/${other.body.doc.id}`).set('Authorization', `JWT ${editorToken}`).send({ slug: 'calcium', summary: 'x' })
    expect(unchanged.status).toBe(200)
  })
})

describe('user emails are unique, on every database', () => {
  test('creating a user with a taken email is a 400 on email, whatever its case and spacing', async () => {
    const first = await asAdmin('/api/users').send({ email: 'dup@unique.local', password: 'first-password', roles: ['editor'] })
    expect(first.status).toBe(201)
    for (const email of ['dup@unique.local', '  DUP@Unique.Local ']) {
      const duplicate = await asAdmin('/api/users').send({ email, password: 'second-password', roles: ['editor'] })
      expectDuplicateRejected(duplicate, 'email', /"dup@unique\.local" is already used/)
    }
    const stored = await payload.count({ collection: 'users', where: { email: { equals: 'dup@unique.local' } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(1)
  })

  test('changing an email to a taken one is a 400; keeping one\'s own email is fine', async () => {
    const taken = await asAdmin('/api/users').send({ email: 'taken@unique.local', password: 'taken-password', roles: ['editor'] })
    const mover = await asAdmin('/api/users').send({ email: 'mover@unique.local', password: 'mover-password', roles: ['editor'] })
    expect([taken.status, mover.status]).toEqual([201, 201])
    const moverUrl = `/api/users/${mover.body.doc.id}`
    expectDuplicateRejected(await http.patch(moverUrl).set('Authorization', `JWT ${adminToken}`).send({ email: 'taken@unique.local' }), 'email', /already used/)
    const same = await http.patch(moverUrl).set('Authorization', `JWT ${adminToken}`).send({ email: 'mover@unique.local', name: 'Mover' })
    expect(same.status).toBe(200)
    // The person who owns the email can still log in; the refused account was not changed.
    expect((await http.post('/api/users/login').send({ email: 'taken@unique.local', password: 'taken-password' })).status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: mover.body.doc.id, overrideAccess: true })).email).toBe('mover@unique.local')
  })
})

describe('what only the database guarantees', () => {
  // Claim-rule names have a unique index and deliberately no hook: this is the database's own check.
  testIf('uniqueIndexes')('the database refuses a duplicate value of a unique field that no hook checks', async () => {
    const rule = { category: 'miracle_cure' as const, description: 'test rule', patterns: ['cures everything'], severity: 'low' as const }
    await payload.create({ collection: 'claim-rules', data: { ...rule, name: 'Cure-all' }, overrideAccess: true })
    const duplicate = payload.create({ collection: 'claim-rules', data: { ...rule, name: 'Cure-all' }, overrideAccess: true })
    await expect(duplicate).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'name' })] } })
    expect((await payload.count({ collection: 'claim-rules', where: { name: { equals: 'Cure-all' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  testIf('transactions')('a create inside a transaction that is then killed leaves nothing behind', async () => {
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    await payload.create({ collection: 'topics', data: { name: 'Rolled back topic' }, overrideAccess: true, req })
    // Visible inside the transaction…
    expect((await payload.count({ collection: 'topics', where: { slug: { equals: 'rolled-back-topic' } }, overrideAccess: true, req })).totalDocs).toBe(1)
    await killTransaction(req)
    // …and gone once it is rolled back.
    expect((await payload.count({ collection: 'topics', where: { slug: { equals: 'rolled-back-topic' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
