import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import { articleBySlug, bootApp, createStaff, postComment, seed, SEED_ARTICLE, setPolicy } from '../support/payload'

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number

/** Approved comments made through the reader's path, then approved by the policy. */
const post = async (body: string, parent?: string | number) => (await postComment(http, { article: articleId, parent, authorName: 'Tester', body })).id

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
  articleId = (await articleBySlug(payload)).id
  await setPolicy(payload, { mode: 'auto_approve_clean' })
})
afterAll(async () => {
  await payload?.destroy()
})

describe('article by slug', () => {
  test('REST: author with bio and photo sizes, topics, FAQ and the approved comment count', async () => {
    const first = await post('Which blood test should I ask my GP for first?')
    const response = await http.get('/api/articles').query({ 'where[slug][equals]': SEED_ARTICLE, depth: 2 })
    const [article] = response.body.docs
    expect(article.author.bio.root.children.length).toBeGreaterThan(0)
    expect(article.author.photo.sizes.thumbnail.url).toMatch(/\.webp$/)
    expect(article.heroImage.sizes.hero.url).toMatch(/\.webp$/)
    expect(article.approvedCommentCount).toBe(1)
    expect(first).toBeDefined()
  })

  test('GraphQL: the same article, the same count', async () => {
    const response = await http.post('/api/graphql').send({
      query: `{ Articles(where: { slug: { equals: "${SEED_ARTICLE}" } }) { docs { title approvedCommentCount author { name photo { sizes { thumbnail { url } } } } } } }`,
    })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Articles.docs[0].approvedCommentCount).toBe(1)
    expect(response.body.data.Articles.docs[0].author.photo.sizes.thumbnail.url).toMatch(/\.webp$/)
  })
})

describe('threaded comments', () => {
  let parent: string | number
  beforeAll(async () => {
    parent = await post('Does the Mediterranean diet help with bone density as well?')
    await post('Good question, I would like to know too.', parent)
    await post('My rheumatologist suggested the same diet, for what it is worth.', parent)
  })

  test('REST returns top-level comments with replies nested, newest first by default', async () => {
    const response = await http.get(`/api/articles/${SEED_ARTICLE}/comments`)
    expect(response.status).toBe(200)
    const [newest] = response.body.docs
    expect(newest.body).toBe('Does the Mediterranean diet help with bone density as well?')
    expect(newest.replies.map((reply: any) => reply.body)).toEqual([
      'Good question, I would like to know too.',
      'My rheumatologist suggested the same diet, for what it is worth.',
    ])
    expect(response.body.totalDocs).toBe(2)
    expect(JSON.stringify(response.body)).not.toMatch(/authorEmail|commenterHash|moderation|score/)
  })

  test('oldest first, and pagination', async () => {
    const page1 = await http.get(`/api/articles/${SEED_ARTICLE}/comments`).query({ sort: 'oldest', limit: 1, page: 1 })
    expect(page1.body.docs[0].body).toBe('Which blood test should I ask my GP for first?')
    expect(page1.body.hasNextPage).toBe(true)
    const page2 = await http.get(`/api/articles/${SEED_ARTICLE}/comments`).query({ sort: 'oldest', limit: 1, page: 2 })
    expect(page2.body.docs[0].replies).toHaveLength(2)
    expect(page2.body.hasNextPage).toBe(false)
  })

  test('GraphQL ArticleComments gives the same threads', async () => {
    const response = await http.post('/api/graphql').send({
      query: `query ($slug: String!) { ArticleComments(slug: $slug, sort: oldest, limit: 10) { totalDocs docs { body replies { body } } } }`,
      variables: { slug: SEED_ARTICLE },
    })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.ArticleComments.totalDocs).toBe(2)
    expect(response.body.data.ArticleComments.docs[1].replies).toHaveLength(2)
  })

  test('bad parameters and unknown articles are 4xx with a message', async () => {
    expect((await http.get(`/api/articles/${SEED_ARTICLE}/comments`).query({ sort: 'random' })).status).toBe(400)
    expect((await http.get(`/api/articles/${SEED_ARTICLE}/comments`).query({ limit: 1000 })).status).toBe(400)
    expect((await http.get(`/api/articles/${SEED_ARTICLE}/comments`).query({ page: 'x' })).status).toBe(400)
    const missing = await http.get('/api/articles/no-such-article/comments')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/no-such-article/)
  })

  test('creating a reply through the GraphQL mutation', async () => {
    const response = await http.post('/api/graphql').send({
      query: `mutation ($data: mutationCommentInput!) { createComment(data: $data) { id publication } }`,
      variables: { data: { article: Number(articleId) || articleId, parent: Number(parent) || parent, authorName: 'Q', authorEmail: 'q@example.org', body: 'Thanks, that helps.' } },
    })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.createComment.publication).toBe('published')
  })
})

describe('topics and authors with their articles', () => {
  test('a topic lists its published articles; an author lists theirs', async () => {
    const topic = await http.get('/api/topics').query({ 'where[slug][equals]': 'osteoporosis', depth: 1 })
    expect(topic.body.docs[0].articles.docs.map((doc: any) => doc.slug)).toEqual([SEED_ARTICLE])
    const author = await http.post('/api/graphql').send({
      query: '{ Authors(where: { slug: { equals: "cassius-beaumont" } }) { docs { name articles { docs { slug } } } } }',
    })
    expect(author.body.data.Authors.docs[0].articles.docs.map((doc: any) => doc.slug).sort()).toEqual(
      ['allantoin-for-tattoo-aftercare', 'fluorouracil-in-combination-with-other-cancer-treatments', SEED_ARTICLE].sort(),
    )
  })
})

describe('HTTP caching', () => {
  test('public GETs are cacheable with an ETag and answer 304 when unchanged', async () => {
    const first = await http.get(`/api/articles/${SEED_ARTICLE}/comments`)
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/)
    expect(first.headers.etag).toBeTruthy()
    const again = await http.get(`/api/articles/${SEED_ARTICLE}/comments`).set('If-None-Match', first.headers.etag)
    expect(again.status).toBe(304)
  })

  test('draft reads and anything with credentials are private; writes are not stored', async () => {
    const draft = await http.get('/api/articles').query({ draft: 'true' })
    expect(draft.headers['cache-control']).toBe('private, no-cache')
    const withAuth = await http.get('/api/articles').set('Authorization', 'JWT nonsense')
    expect(withAuth.headers['cache-control']).toBe('private, no-cache')
    const write = await http.post('/api/comments').send({ article: articleId, authorName: 'A', authorEmail: 'a@example.org', body: 'A fair point about sleep.' })
    expect(write.headers['cache-control']).toBe('no-store')
  })

  test('a REST login sets the session cookie, which then authenticates; logout clears it', async () => {
    const moderator = await createStaff(payload, 'moderator', 'cookie-moderator@test.local')
    const login = await http.post('/api/users/login').send({ email: moderator.email, password: moderator.password })
    expect(login.status).toBe(200)
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? [])
    const session = cookies.find((cookie) => cookie.startsWith('payload-token='))
    expect(session).toMatch(/HttpOnly/i)
    const cookie = session!.split(';')[0]
    const me = await http.get('/api/users/me').set('Cookie', cookie)
    expect(me.body.user?.email).toBe(moderator.email)
    expect(me.headers['cache-control']).toBe('private, no-cache')

    const logout = await http.post('/api/users/logout').set('Cookie', cookie)
    expect(logout.status).toBe(200)
    expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join('\n')).toMatch(/(?:^|\n)payload-token=;/)
  })

  test('a write whose body is not JSON gets a 4xx with a message', async () => {
    const response = await http.post('/api/comments').set('Content-Type', 'application/json').send('{"article": ')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(JSON.stringify(response.body)).toMatch(/message/)
  })
})
