import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { articleBySlug, bootApp, createStaff, loginToken, seed, SEED_ARTICLE, uploadMedia } from '../support/payload'

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('health', () => {
  test('GET /healthz answers 200 with the database status', async () => {
    const response = await http.get('/healthz')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' } })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  test('security headers are set and Express is not advertised', async () => {
    const response = await http.get('/healthz')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['x-powered-by']).toBeUndefined()
  })
})

describe('reading the seeded article', () => {
  test('REST by slug, with author and topics populated', async () => {
    const response = await http.get('/api/articles').query({ 'where[slug][equals]': SEED_ARTICLE, depth: 2 })
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    const article = response.body.docs[0]
    expect(article.author).toMatchObject({ name: 'Cassius Beaumont', slug: 'cassius-beaumont' })
    expect(article.relatedTopics.map((topic: any) => topic.name)).toContain('Gut microbiome')
    expect(article.faq).toHaveLength(7)
  })

  test('GraphQL by slug, with author and topics populated', async () => {
    const response = await http.post('/api/graphql').send({
      query: `query ($slug: String!) { Articles(where: { slug: { equals: $slug } }) { docs { title slug faq { question } author { name slug } relatedTopics { name slug } } } }`,
      variables: { slug: SEED_ARTICLE },
    })
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    const [article] = response.body.data.Articles.docs
    expect(article.author.slug).toBe('cassius-beaumont')
    expect(article.relatedTopics.map((topic: any) => topic.slug)).toEqual(
      expect.arrayContaining(['inflammation', 'osteoporosis', 'nf-kb-pathway']),
    )
    expect(article.faq).toHaveLength(7)
  })
})

describe('what anonymous readers cannot see', () => {
  test('drafts are invisible through REST and GraphQL; staff see them', async () => {
    const author = (await articleBySlug(payload)).author
    await payload.create({
      collection: 'articles',
      data: { title: 'Unpublished draft on statins', slug: 'draft-statins', author, _status: 'draft' } as any,
      draft: true,
      overrideAccess: true,
    })
    const rest = await http.get('/api/articles').query({ 'where[slug][equals]': 'draft-statins' })
    expect(rest.status).toBe(200)
    expect(rest.body.docs).toHaveLength(0)
    const gql = await http.post('/api/graphql').send({ query: '{ Articles(draft: true, limit: 50) { docs { slug } } }' })
    expect(gql.body.data.Articles.docs.map((doc: any) => doc.slug)).not.toContain('draft-statins')

    const editor = await createStaff(payload, 'editor')
    const token = await loginToken(http, editor.email, editor.password)
    const asEditor = await http.get('/api/articles').query({ 'where[slug][equals]': 'draft-statins', draft: true }).set('Authorization', `JWT ${token}`)
    expect(asEditor.body.docs).toHaveLength(1)
  })

  test('non-approved comments are invisible; the seed comment is pending', async () => {
    const rest = await http.get('/api/comments')
    expect(rest.status).toBe(200)
    expect(rest.body.docs).toHaveLength(0)
    const gql = await http.post('/api/graphql').send({ query: '{ Comments { docs { id body status } } }' })
    expect(gql.body.data.Comments.docs).toHaveLength(0)
    const all = await payload.find({ collection: 'comments', overrideAccess: true })
    expect(all.docs.map((doc) => doc.status)).toEqual(['pending'])
  })
})

describe('creating a comment as a reader', () => {
  test('a request that asks for "approved" gets a pending comment', async () => {
    await payload.updateGlobal({ slug: 'moderation-policy', data: { mode: 'hold_all' } as any, overrideAccess: true })
    const article = await articleBySlug(payload)
    const response = await http.post('/api/comments').send({
      article: article.id,
      authorName: 'Ana',
      authorEmail: 'ana@example.org',
      body: 'What dose of vitamin D did the trials use?',
      status: 'approved',
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toEqual({ id: expect.anything(), status: 'pending', publication: 'awaiting_review' })
    const stored = await payload.findByID({ collection: 'comments', id: response.body.doc.id, overrideAccess: true })
    expect(stored.status).toBe('pending')
  })

  test('what the server fills in (excerpt, verdict, score, hashes, queue rank, report count) is never taken from the request', async () => {
    await payload.updateGlobal({ slug: 'moderation-policy', data: { mode: 'hold_all' } as any, overrideAccess: true })
    const article = await articleBySlug(payload)
    const body = 'Is it worth taking vitamin K2 alongside calcium?'
    const response = await http.post('/api/comments').send({
      article: article.id,
      authorName: 'Ben',
      authorEmail: 'ben@example.org',
      body,
      excerpt: 'x'.repeat(10_000),
      score: 'not a number',
      flagSummary: 'nothing to see',
      queueRank: 5,
      reportCount: -3,
      commenterHash: 'forged',
      clientHash: 'forged',
      moderation: { decision: 'allow', flags: 'forged', reasons: ['forged'], engineVersion: 'forged', screenedAt: 'yesterday' },
    })
    expect(response.status).toBe(201)
    const stored: any = await payload.findByID({ collection: 'comments', id: response.body.doc.id, overrideAccess: true })
    expect(stored).toMatchObject({ excerpt: body, score: 0, flagSummary: '', queueRank: 0, reportCount: 0 })
    expect(stored.commenterHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.clientHash).not.toBe('forged')
    expect(stored.moderation).toMatchObject({ flags: [], reasons: [], engineVersion: expect.stringMatching(/^screen-/) })
    expect(Date.parse(stored.moderation.screenedAt)).toBeGreaterThan(Date.now() - 60_000)
  })
})

describe('media', () => {
  test('an image upload produces thumbnail, card and hero sizes in WebP', async () => {
    const editor = await createStaff(payload, 'editor', 'uploader@test.local')
    const token = await loginToken(http, editor.email, editor.password)
    const image = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#3a7' } }).jpeg().toBuffer()
    const response = await uploadMedia(http, token, image, { filename: 'green.jpg', contentType: 'image/jpeg', alt: 'A green test image' })
    expect(response.status).toBe(201)
    const { sizes } = response.body.doc
    expect(sizes.thumbnail).toMatchObject({ width: 300, height: 300, mimeType: 'image/webp' })
    expect(sizes.card).toMatchObject({ width: 768, height: 432, mimeType: 'image/webp' })
    expect(sizes.hero).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    const dir = process.env.MEDIA_DIR as string
    for (const size of ['thumbnail', 'card', 'hero']) expect(fs.existsSync(path.join(dir, sizes[size].filename))).toBe(true)
  })

  test('an upload without alt text, or of a disallowed type, is refused with a 400', async () => {
    const editor = await createStaff(payload, 'editor', 'uploader2@test.local')
    const token = await loginToken(http, editor.email, editor.password)
    const image = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer()
    const noAlt = await http.post('/api/media').set('Authorization', `JWT ${token}`).attach('file', image, { filename: 'a.png', contentType: 'image/png' })
    expect(noAlt.status).toBe(400)
    const script = await uploadMedia(http, token, Buffer.from('#!/bin/sh\necho hi\n'), { filename: 'run.sh', contentType: 'application/x-sh', alt: 'x' })
    expect(script.status).toBe(400)
  })
})
