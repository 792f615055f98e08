/**
 * The in-process cache of anonymous public reads (src/server/publicCache.ts) and how it stays correct
 * (src/lib/changes.ts): a change through this process is visible to the very next read; credentials and
 * drafts never meet the cache; a change announced by another process (through the shared marker in
 * Payload's key-value store) is picked up once CACHE_COHERENCE_MS has passed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import { articleBySlug, bootApp, createStaff, loginToken, postComment, seed, SEED_ARTICLE, setPolicy } from '../support/payload'

// A short bound, so the cross-process test need not wait a second. Read on every check, so set before use.
const COHERENCE_MS = 100
process.env.CACHE_COHERENCE_MS = String(COHERENCE_MS)

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number
let moderatorToken: string
let editorToken: string

const COMMENTS = `/api/articles/${SEED_ARTICLE}/comments`
const ARTICLE = { 'where[slug][equals]': SEED_ARTICLE, depth: 2 }
const PAGE_QUERY = {
  query: `query Page($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1) { docs { title approvedCommentCount } }
    ArticleComments(slug: $slug, page: 1, limit: 20) { totalDocs docs { body } }
  }`,
  variables: { slug: SEED_ARTICLE },
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A reader's comment, held for a moderator (the policy holds everything here). */
const postHeld = async (body: string) => {
  const doc = await postComment(http, { article: articleId, body })
  expect(doc.status).toBe('pending')
  return doc.id
}
const approve = async (id: string | number) => {
  const response = await http.post(`/api/comments/${id}/moderate`).set('Authorization', `JWT ${moderatorToken}`).send({ action: 'approve' })
  expect(response.status).toBe(200)
}
const bodies = (response: { body: { docs: { body: string }[] } }) => response.body.docs.map((doc) => doc.body)
const marker = async () => JSON.stringify(await payload.kv.get('health-cms:content-marker'))

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
  articleId = (await articleBySlug(payload)).id
  await setPolicy(payload, { mode: 'hold_all' })
  const moderator = await createStaff(payload, 'moderator')
  moderatorToken = await loginToken(http, moderator.email, moderator.password)
  const editor = await createStaff(payload, 'editor')
  editorToken = await loginToken(http, editor.email, editor.password)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('changes through this process', () => {
  test('REST comments, the article at depth 2 and the GraphQL page query are served from memory, and change right after an approval', async () => {
    const first = await http.get(COMMENTS)
    expect(first.status).toBe(200)
    expect(first.headers['x-cache']).toBe('MISS')
    const second = await http.get(COMMENTS)
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.body).toEqual(first.body)
    expect(second.headers.etag).toBe(first.headers.etag)

    await http.get('/api/articles').query(ARTICLE)
    const article = await http.get('/api/articles').query(ARTICLE)
    expect(article.headers['x-cache']).toBe('HIT')
    const countBefore = article.body.docs[0].approvedCommentCount
    await http.post('/api/graphql').send(PAGE_QUERY)
    const page = await http.post('/api/graphql').send(PAGE_QUERY)
    expect(page.headers['x-cache']).toBe('HIT')
    expect(page.headers['cache-control']).toBe('no-store')

    // A held comment changes nothing readers see: the cache stays.
    const id = await postHeld('Is a daily walk enough to keep bones strong after fifty?')
    expect((await http.get(COMMENTS)).headers['x-cache']).toBe('HIT')

    await approve(id)
    const afterComments = await http.get(COMMENTS)
    expect(afterComments.headers['x-cache']).toBe('MISS')
    expect(bodies(afterComments)).toContain('Is a daily walk enough to keep bones strong after fifty?')
    expect(afterComments.headers.etag).not.toBe(first.headers.etag)
    const afterArticle = await http.get('/api/articles').query(ARTICLE)
    expect(afterArticle.body.docs[0].approvedCommentCount).toBe(countBefore + 1)
    const afterPage = await http.post('/api/graphql').send(PAGE_QUERY)
    expect(afterPage.body.data.ArticleComments.docs.map((doc: { body: string }) => doc.body)).toContain(
      'Is a daily walk enough to keep bones strong after fifty?',
    )
    expect(afterPage.body.data.Articles.docs[0].approvedCommentCount).toBe(countBefore + 1)
  })

  test('an article published after a cached "not found" answer is there on the next read', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Vitamin K2 and bone density', slug: 'vitamin-k2-and-bone-density', _status: 'draft' } as any,
      overrideAccess: true,
      draft: true,
    })
    const query = { 'where[slug][equals]': 'vitamin-k2-and-bone-density' }
    await http.get('/api/articles').query(query)
    const missing = await http.get('/api/articles').query(query)
    expect(missing.headers['x-cache']).toBe('HIT')
    expect(missing.body.docs).toEqual([])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as any, overrideAccess: true })
    const published = await http.get('/api/articles').query(query)
    expect(published.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['vitamin-k2-and-bone-density'])
  })

  test('a comment approved through the Local API (no HTTP) also drops the cache', async () => {
    const id = await postHeld('Does calcium from food count the same as supplements?')
    await http.get(COMMENTS)
    expect((await http.get(COMMENTS)).headers['x-cache']).toBe('HIT')
    await payload.update({ collection: 'comments', id, data: { status: 'approved' } as any, overrideAccess: true })
    expect(bodies(await http.get(COMMENTS))).toContain('Does calcium from food count the same as supplements?')
  })
})

describe('what never meets the cache', () => {
  test('authenticated reads are answered by Payload and never stored for anonymous readers', async () => {
    const held = await postHeld('A held comment only moderators may see.')
    const query = { 'where[article][equals]': String(articleId), limit: 100 }
    const asModerator = await http.get('/api/comments').query(query).set('Authorization', `JWT ${moderatorToken}`)
    expect(asModerator.headers['x-cache']).toBeUndefined()
    expect(asModerator.headers['cache-control']).toBe('private, no-cache')
    expect(asModerator.body.docs.map((doc: { id: unknown }) => doc.id)).toContain(held)

    // The same URL, anonymously: neither served nor stored from the moderator's answer.
    const anonymous = await http.get('/api/comments').query(query)
    expect(anonymous.headers['x-cache']).toBe('MISS')
    expect(anonymous.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(held)
    const cookie = await http.get('/api/comments').query(query).set('Cookie', `payload-token=${moderatorToken}`)
    expect(cookie.headers['x-cache']).toBeUndefined()
    expect(cookie.body.docs.map((doc: { id: unknown }) => doc.id)).toContain(held)
  })

  test('drafts: an editor sees the draft, anonymous readers the published version, and neither answer crosses over', async () => {
    const article = await articleBySlug(payload)
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Draft title, not yet published' } as any, draft: true, overrideAccess: true })
    const published = await http.get('/api/articles').query(ARTICLE)
    expect(published.body.docs[0].title).not.toBe('Draft title, not yet published')

    const asEditor = await http.get('/api/articles').query({ ...ARTICLE, draft: 'true' }).set('Authorization', `JWT ${editorToken}`)
    expect(asEditor.headers['x-cache']).toBeUndefined()
    expect(asEditor.body.docs[0].title).toBe('Draft title, not yet published')
    // `draft` alone (no credentials) also bypasses the cache.
    const anonymousDraft = await http.get('/api/articles').query({ ...ARTICLE, draft: 'true' })
    expect(anonymousDraft.headers['x-cache']).toBeUndefined()
    expect(anonymousDraft.body.docs[0]?.title).not.toBe('Draft title, not yet published')

    const again = await http.get('/api/articles').query(ARTICLE)
    expect(again.headers['x-cache']).toBe('HIT')
    expect(again.body.docs[0].title).toBe(published.body.docs[0].title)
  })

  test('GraphQL mutations and queries with errors are not stored', async () => {
    const mutation = {
      query: `mutation { createComment(data: { article: ${JSON.stringify(articleId)}, authorName: "Reader", authorEmail: "m@example.org", body: "Posted through GraphQL." }) { id } }`,
    }
    const first = await http.post('/api/graphql').send(mutation)
    expect(first.body.errors).toBeUndefined()
    const second = await http.post('/api/graphql').send(mutation)
    expect(second.headers['x-cache']).toBeUndefined() // answered by Payload, not stored
    expect(second.body.data.createComment.id).not.toBe(first.body.data.createComment.id)

    const broken = { query: '{ Articles { docs { noSuchField } } }' }
    await http.post('/api/graphql').send(broken)
    const again = await http.post('/api/graphql').send(broken)
    expect(again.body.errors).toBeDefined()
    expect(again.headers['x-cache']).toBeUndefined()
  })
})

describe('changes through another process', () => {
  test('a change this process did not hear about is served from memory until the shared marker changes, then within the bound', async () => {
    const id = await postHeld('Approved elsewhere: does magnesium matter for bones?')
    await http.get(COMMENTS)
    expect((await http.get(COMMENTS)).headers['x-cache']).toBe('HIT')

    // Another process approves the comment: its hooks run there, so here only the database changes.
    await payload.db.updateOne({ collection: 'comments', id, data: { status: 'approved' }, req: {} as any })
    await sleep(COHERENCE_MS * 2)
    const stale = await http.get(COMMENTS)
    expect(stale.headers['x-cache']).toBe('HIT') // the marker has not changed: nothing tells this process
    expect(bodies(stale)).not.toContain('Approved elsewhere: does magnesium matter for bones?')

    // ...and writes a new marker, as publishChange does in that process.
    await payload.kv.set('health-cms:content-marker', { token: 'written-by-another-process', at: new Date().toISOString() })
    await sleep(COHERENCE_MS * 2)
    const fresh = await http.get(COMMENTS)
    expect(fresh.headers['x-cache']).toBe('MISS')
    expect(bodies(fresh)).toContain('Approved elsewhere: does magnesium matter for bones?')
  })

  test('a change made here writes a new shared marker, so the other processes learn of it', async () => {
    const before = await marker()
    const id = await postHeld('Is vitamin D better taken in the morning?')
    expect(await marker()).toBe(before) // held: nothing public changed
    await approve(id)
    expect(await marker()).not.toBe(before)
  })

  test('the reader pages\' GraphQL cache follows the same marker', async () => {
    const { articleComments } = await import('../../src/frontend/graphql')
    const id = await postHeld('Reader page: is yoga good for bone density?')
    const before = await articleComments(SEED_ARTICLE)
    await payload.db.updateOne({ collection: 'comments', id, data: { status: 'approved' }, req: {} as any })
    await payload.kv.set('health-cms:content-marker', { token: 'another-process-again', at: new Date().toISOString() })
    await sleep(COHERENCE_MS * 2)
    const after = await articleComments(SEED_ARTICLE)
    expect(after.totalDocs).toBe(before.totalDocs + 1)
  })
})
