/**
 * Hostile and malformed input: every case gets a 4xx with a message (never a 500), text is stored as
 * the literal text it was, and nothing already stored is lost along the way.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import type { Express } from 'express'
import type { Payload } from 'payload'
import type { Response } from 'supertest'
import { isMongo } from '../support/capabilities'
import { articleBySlug, bootApp, createStaff, loginToken, seed, SEED_ARTICLE, setPolicy } from '../support/payload'

const COMMENT_MAX_LENGTH = 5000
const BOOT_TIMEOUT_MS = 120_000

let payload: Payload
let app: Express
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number
let otherArticleId: string | number
let editorToken: string
let witness: { id: string | number; body: string }
let commentsBefore: number

const comment = (overrides: Record<string, unknown> = {}) => ({
  article: articleId,
  authorName: 'Reader',
  authorEmail: 'reader@example.org',
  body: 'A perfectly ordinary question about vitamin D.',
  ...overrides,
})
const storedComment = (id: string | number) => payload.findByID({ collection: 'comments', id, overrideAccess: true, depth: 0 }) as Promise<any>
const countComments = async () => (await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs

/** A client error: 4xx, JSON, and at least one error message a person can read. */
const expectClientError = (response: Response, status?: number) => {
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  if (status) expect(response.status).toBe(status)
  expect(response.headers['content-type']).toMatch(/application\/json/)
  expect(String(response.body.errors?.[0]?.message ?? '')).not.toBe('')
  expect(response.body.errors[0].message).not.toBe('Something went wrong.')
}
const errorPaths = (response: Response): string[] => (response.body.errors?.[0]?.data?.errors ?? []).map((error: any) => error.path)

beforeAll(async () => {
  ;({ app, payload, http } = await bootApp())
  await seed(payload)
  await setPolicy(payload, { mode: 'auto_approve_clean', minElapsedMs: 0 })
  articleId = (await articleBySlug(payload)).id
  otherArticleId = (await articleBySlug(payload, 'allantoin-for-tattoo-aftercare')).id
  const editor = await createStaff(payload, 'editor')
  editorToken = await loginToken(http, editor.email, editor.password)
  const created = await http.post('/api/comments').send(comment({ body: 'The witness: this comment must survive every hostile request.' }))
  expect(created.status).toBe(201)
  witness = { id: created.body.doc.id, body: 'The witness: this comment must survive every hostile request.' }
  commentsBefore = await countComments()
}, BOOT_TIMEOUT_MS)

afterAll(async () => {
  await payload?.destroy()
})

describe('wrong types and missing fields', () => {
  // Built lazily: the article id is only known once beforeAll has seeded.
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['body is a number', () => comment({ body: 42 }), 'body'],
    ['body is an object', () => comment({ body: { html: '<b>x</b>' } }), 'body'],
    ['body is an array', () => comment({ body: ['a', 'b'] }), 'body'],
    ['body is null', () => comment({ body: null }), 'body'],
    ['authorName is a number', () => comment({ authorName: 5 }), 'authorName'],
    ['authorEmail is not an email', () => comment({ authorEmail: 'not-an-email' }), 'authorEmail'],
    ['article is missing', () => comment({ article: undefined }), 'article'],
    ['article is an array', () => comment({ article: [articleId, articleId] }), 'article'],
    ['body is missing', () => comment({ body: undefined }), 'body'],
    ['authorName is missing', () => comment({ authorName: undefined }), 'authorName'],
  ]
  test.each(cases)('%s: 400 naming the field, nothing stored', async (_label, data, field) => {
    const before = await countComments()
    const response = await http.post('/api/comments').send(data())
    expectClientError(response, 400)
    expect(errorPaths(response)).toContain(field)
    expect(await countComments()).toBe(before)
  })

  test('an empty object and a JSON array are 400s', async () => {
    expectClientError(await http.post('/api/comments').send({}), 400)
    expectClientError(await http.post('/api/comments').send([comment()]), 400)
  })
})

describe('unknown and malformed ids, in both adapters\' shapes', () => {
  const ids = ['abc', '0', '-1', '1.5', '65f0c0ffee0000000000beef', '1e400', 'x'.repeat(4000), '%00', '999999999']

  test.each(ids.map((id) => [id.slice(0, 30), id]))('GET/PATCH/DELETE /api/comments/%s is 4xx', async (_label, id) => {
    const path = `/api/comments/${encodeURIComponent(id)}`
    expectClientError(await http.get(path))
    expectClientError(await http.get(`/api/articles/${encodeURIComponent(id)}`))
    expectClientError(await http.patch(path).set('Authorization', `JWT ${editorToken}`).send({ body: 'changed' }))
    expectClientError(await http.delete(path).set('Authorization', `JWT ${editorToken}`))
    expectClientError(await http.post(`${path}/report`).send({ reason: 'spam' }))
  })

  test.each(ids.map((id) => [id.slice(0, 30), id]))('as article or parent of a new comment (%s): 400 on that field', async (_label, id) => {
    // Field errors name the field; an id that is not even a number on SQLite gets the generic 400.
    const asArticle = await http.post('/api/comments').send(comment({ article: id }))
    expectClientError(asArticle, 400)
    expect(errorPaths(asArticle).filter((path) => path !== 'article')).toEqual([])
    const asParent = await http.post('/api/comments').send(comment({ parent: id }))
    expectClientError(asParent, 400)
    expect(errorPaths(asParent).filter((path) => path !== 'parent')).toEqual([])
  })

  test('a malformed id in a filter is a 400, not a server error', async () => {
    const byArticle = await http.get('/api/comments').query({ 'where[article][equals]': 'abc' })
    // SQLite cannot bind "abc" as a numeric id: 400. Payload's MongoDB adapter compares a relationship
    // value that is no ObjectId as it is, so the filter simply matches nothing.
    if (isMongo) expect([byArticle.status, byArticle.body.docs]).toEqual([200, []])
    else expectClientError(byArticle, 400)
    expectClientError(await http.get('/api/comments').query({ 'where[id][in]': 'abc,def' }), 400)
    expectClientError(await http.get('/api/comments').query({ 'where[nonsense][equals]': '1' }), 400)
  })

  test('GraphQL rejects a malformed id with an error, not a crash', async () => {
    for (const id of ['abc', '65f0c0ffee0000000000beef', 'x'.repeat(4000)]) {
      const response = await http.post('/api/graphql').send({ query: `{ Comment(id: ${JSON.stringify(id)}) { id body } }` })
      expect(response.status).toBeLessThan(500)
      expect(response.body.data?.Comment ?? null).toBeNull()
      expect(response.body.errors?.[0]?.message).toBeTruthy()
      expect(response.body.errors[0].extensions?.statusCode ?? 400).toBeLessThan(500)
    }
  })
})

describe('comment bodies', () => {
  test(`a body over ${COMMENT_MAX_LENGTH} characters is refused; exactly ${COMMENT_MAX_LENGTH} is accepted`, async () => {
    const tooLong = await http.post('/api/comments').send(comment({ body: 'a'.repeat(COMMENT_MAX_LENGTH + 1) }))
    expectClientError(tooLong, 400)
    expect(tooLong.body.errors[0].data.errors[0].message).toMatch(String(COMMENT_MAX_LENGTH))
    const atLimit = await http.post('/api/comments').send(comment({ body: `${'b'.repeat(COMMENT_MAX_LENGTH - 1)}?` }))
    expect(atLimit.status).toBe(201)
  })

  test.each([
    ['empty', ''],
    ['spaces', '     '],
    ['whitespace and line breaks', ' \n\t\r\n '],
    ['only NUL and bidi overrides, stripped to nothing', '\u0000\u202e\u2066\u0000'],
  ])('an %s body is refused', async (_label, body) => {
    const response = await http.post('/api/comments').send(comment({ body }))
    expectClientError(response, 400)
    expect(errorPaths(response)).toContain('body')
  })
})

describe('HTML and script are stored as text and never served as HTML', () => {
  const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>'

  test('in every reader-supplied comment field', async () => {
    const response = await http.post('/api/comments').send(comment({ authorName: `<i>${'Eve'}</i><script>1</script>`, body: `Question: ${SCRIPT}` }))
    expect(response.status).toBe(201)
    const stored = await storedComment(response.body.doc.id)
    expect(stored.body).toBe(`Question: ${SCRIPT}`)
    expect(stored.authorName).toBe('<i>Eve</i><script>1</script>')

    const thread = await http.get(`/api/articles/${SEED_ARTICLE}/comments`).query({ limit: 100 })
    expect(thread.headers['content-type']).toMatch(/^application\/json/)
    expect(thread.body.docs.map((doc: any) => doc.body)).toContain(`Question: ${SCRIPT}`)
    const rest = await http.get(`/api/comments/${response.body.doc.id}`)
    expect(rest.headers['content-type']).toMatch(/^application\/json/)
    expect(rest.body.body).toBe(`Question: ${SCRIPT}`)
    const gql = await http.post('/api/graphql').send({ query: `{ Comment(id: ${JSON.stringify(response.body.doc.id)}) { body authorName } }` })
    expect(gql.headers['content-type']).toMatch(/^application\/json/)
    expect(gql.body.data.Comment).toEqual({ body: `Question: ${SCRIPT}`, authorName: '<i>Eve</i><script>1</script>' })
  })

  test('in an editor\'s text fields (title, excerpt, FAQ) and a report reason', async () => {
    const created = await http
      .post('/api/articles')
      .set('Authorization', `JWT ${editorToken}`)
      .send({ title: `Title ${SCRIPT}`, excerpt: SCRIPT, faq: [{ question: SCRIPT, answer: SCRIPT }], _status: 'published' })
    expect(created.status).toBe(201)
    const article = await http.get(`/api/articles/${created.body.doc.id}`)
    expect(article.headers['content-type']).toMatch(/^application\/json/)
    expect(article.body).toMatchObject({ title: `Title ${SCRIPT}`, excerpt: SCRIPT, faq: [{ question: SCRIPT, answer: SCRIPT }] })

    const report = await http.post(`/api/comments/${witness.id}/report`).send({ reason: SCRIPT, email: 'reporter@example.org' })
    expect(report.status).toBe(202)
    const [stored] = (await payload.find({ collection: 'comment-reports', where: { comment: { equals: witness.id } }, overrideAccess: true })).docs
    expect(stored.reason).toBe(SCRIPT)
  })
})

describe('Unicode edge cases', () => {
  test.each([
    ['emoji and combining marks survive', 'Thanks 👍🏽 — the café table helped ❤️', 'Thanks 👍🏽 — the café table helped ❤️'],
    ['NUL bytes are stripped', 'vit\u0000amin D', 'vitamin D'],
    ['bidi override characters are stripped', 'Good \u202Egnp.exe\u202C point', 'Good gnp.exe point'],
    ['bidi isolates are stripped', 'A \u2066hidden\u2069 word', 'A hidden word'],
    ['zero-width characters are kept as text', 'zero\u200Bwidth\u200Djoiner', 'zero\u200Bwidth\u200Djoiner'],
    ['decomposed accents are normalised to NFC', 'cafe\u0301', 'caf\u00e9'],
    ['right-to-left text is kept', 'سؤال عن فيتامين د', 'سؤال عن فيتامين د'],
  ])('%s', async (_label, input, expected) => {
    const response = await http.post('/api/comments').send(comment({ body: input, authorName: input }))
    expect(response.status).toBe(201)
    const stored = await storedComment(response.body.doc.id)
    expect(stored.body).toBe(expected)
    expect(stored.authorName).toBe(expected)
  })
})

describe('request bodies', () => {
  test('a JSON body over the size limit is 413 with a message', async () => {
    const response = await http.post('/api/comments').send(comment({ body: 'a'.repeat(300 * 1024) }))
    expectClientError(response, 413)
    expect(response.body.errors[0].message).toMatch(/limit/)
  })

  test('malformed JSON is 400 through REST, a custom endpoint and GraphQL', async () => {
    for (const path of ['/api/comments', `/api/comments/${witness.id}/report`, '/api/graphql']) {
      const response = await http.post(path).set('Content-Type', 'application/json').send('{"body": "unterminated')
      expectClientError(response, 400)
    }
  })
})

describe('GraphQL limits and introspection', () => {
  const nested = (levels: number): string => (levels === 0 ? 'id' : `relatedTopics { ${nested(levels - 1)} }`)

  test('a query nested too deep is rejected before it runs', async () => {
    const response = await http.post('/api/graphql').send({ query: `{ Topics { docs { ${nested(12)} } } }` })
    expect(response.status).toBeLessThan(500)
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors[0].message).toMatch(/depth/i)
  })

  test('a query within the depth limit runs', async () => {
    const response = await http.post('/api/graphql').send({ query: `{ Topics(limit: 2) { docs { ${nested(2)} } } }` })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Topics.docs.length).toBeGreaterThan(0)
  })

  test('a query that is too complex (many aliased lists) is rejected before it runs', async () => {
    const aliases = Array.from({ length: 80 }, (_, index) => `a${index}: Articles(limit: 100) { docs { id title author { name } } }`).join(' ')
    const response = await http.post('/api/graphql').send({ query: `{ ${aliases} }` })
    expect(response.status).toBeLessThan(500)
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors[0].message).toMatch(/complexity/i)
  })

  test('introspection is deliberately on: the schema is public', async () => {
    const response = await http.post('/api/graphql').send({ query: '{ __schema { queryType { name } types { name } } }' })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.__schema.queryType.name).toBe('Query')
    expect(response.body.data.__schema.types.map((type: any) => type.name)).toContain('Comment')
  })

  test('a syntax error and a missing query are client errors', async () => {
    const syntax = await http.post('/api/graphql').send({ query: '{ Comments { docs { ' })
    expect(syntax.status).toBeLessThan(500)
    expect(syntax.body.errors[0].message).toMatch(/Syntax Error/)
    expectClientError(await http.post('/api/graphql').send({}), 400)
  })
})

describe('comments on the wrong things', () => {
  test('on a draft article: 400, nothing stored', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Draft: statins and sleep', _status: 'draft' } as any,
      draft: true,
      overrideAccess: true,
    })
    const before = await countComments()
    const response = await http.post('/api/comments').send(comment({ article: draft.id }))
    expectClientError(response, 400)
    expect(response.body.errors[0].data.errors[0].message).toMatch(/published article/)
    expect(await countComments()).toBe(before)
  })

  test('a reply whose parent belongs to another article: 400 on parent', async () => {
    const response = await http.post('/api/comments').send(comment({ article: otherArticleId, parent: witness.id }))
    expectClientError(response, 400)
    expect(errorPaths(response)).toEqual(['parent'])
    expect(response.body.errors[0].data.errors[0].message).toMatch(/same article/)
  })

  test('through GraphQL the same mistakes are errors with a 400 status code', async () => {
    const response = await http.post('/api/graphql').send({
      query: 'mutation ($data: mutationCommentInput!) { createComment(data: $data) { id } }',
      variables: { data: comment({ article: otherArticleId, parent: witness.id }) },
    })
    expect(response.body.data?.createComment ?? null).toBeNull()
    expect(response.body.errors[0].extensions.statusCode).toBe(400)
    expect(response.body.errors[0].message).toMatch(/invalid/i)
  })
})

describe('after all of the above', () => {
  test('nothing stored was lost or altered', async () => {
    expect((await storedComment(witness.id)).body).toBe(witness.body)
    const accepted = (await payload.find({ collection: 'comments', overrideAccess: true, pagination: false, depth: 0 })).docs
    expect(accepted.length).toBeGreaterThan(commentsBefore)
    expect(accepted.length).toBe(await countComments())
  })

  test('a client that hangs up halfway through a body leaves nothing stored, and the server serving', async () => {
    const server = createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const before = await countComments()
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`POST /api/comments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"article": ${JSON.stringify(articleId)}, "body": "half`)
        setTimeout(() => {
          socket.destroy()
          resolve()
        }, 50)
      })
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await countComments()).toBe(before)
    expect((await http.get('/healthz')).status).toBe(200)
    await new Promise((resolve) => server.close(resolve))
  })
})
