/**
 * Abuse limits: comments per address and per email (REST and GraphQL), login lockout, CORS.
 *
 * The limits are read once, when the config and the app are built. This file's body runs after
 * tests/support/env.ts (whose defaults use ??=) and after its static imports, none of which loads the
 * config (tests/support/payload imports it lazily in bootApp), so plain assignments here win.
 */
process.env.COMMENT_RATE_LIMIT_IP = '3/60'
process.env.COMMENT_RATE_LIMIT_EMAIL = '2/60'
process.env.LOGIN_MAX_ATTEMPTS = '3'
// One proxy hop: X-Forwarded-For names the client, as behind the production load balancer.
process.env.TRUST_PROXY = '1'
process.env.CORS_ORIGINS = 'https://reader.example.org, https://partner.example.org'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import { articleBySlug, bootApp, createStaff, seed } from '../support/payload'

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number
let address = 0
/** A fresh client address (TEST-NET-3) per scenario, so scenarios never share a budget. */
const newAddress = () => `203.0.113.${(address += 1)}`

const restComment = (ip: string, email: string, body = `A question from ${ip} as ${email}`) =>
  http.post('/api/comments').set('X-Forwarded-For', ip).send({ article: articleId, authorName: 'Reader', authorEmail: email, body })
const graphQLComment = (ip: string, email: string) =>
  http
    .post('/api/graphql')
    .set('X-Forwarded-For', ip)
    .send({
      query: 'mutation ($data: mutationCommentInput!) { createComment(data: $data) { id } }',
      variables: { data: { article: articleId, authorName: 'Reader', authorEmail: email, body: `A GraphQL question from ${ip} as ${email}` } },
    })
const storedWithBody = async (body: string) =>
  (await payload.count({ collection: 'comments', where: { body: { equals: body } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
  articleId = (await articleBySlug(payload)).id
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
})

describe('comments per client address', () => {
  test('REST: the 4th comment from one address within the window is 429 with Retry-After and a message', async () => {
    const ip = newAddress()
    for (let index = 0; index < 3; index += 1) expect((await restComment(ip, `ip-rest-${index}@example.org`)).status).toBe(201)
    const refused = await restComment(ip, 'ip-rest-3@example.org', 'The fourth comment, over the limit.')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(refused.body.errors[0].message).toMatch(/Too many comments from your network/)
    expect(await storedWithBody('The fourth comment, over the limit.')).toBe(0)
    // Another address is not affected.
    expect((await restComment(newAddress(), 'ip-rest-other@example.org')).status).toBe(201)
  })

  test('GraphQL: the same limit, as an error whose statusCode is 429', async () => {
    const ip = newAddress()
    for (let index = 0; index < 3; index += 1) {
      const accepted = await graphQLComment(ip, `ip-gql-${index}@example.org`)
      expect(accepted.body.errors).toBeUndefined()
    }
    const refused = await graphQLComment(ip, 'ip-gql-3@example.org')
    expect(refused.status).toBe(200)
    expect(refused.body.data?.createComment ?? null).toBeNull()
    expect(refused.body.errors[0].extensions.statusCode).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Too many comments/)
  })

  test('REST and GraphQL share one budget per address', async () => {
    const ip = newAddress()
    expect((await restComment(ip, 'mixed-0@example.org')).status).toBe(201)
    expect((await graphQLComment(ip, 'mixed-1@example.org')).body.errors).toBeUndefined()
    expect((await restComment(ip, 'mixed-2@example.org')).status).toBe(201)
    expect((await graphQLComment(ip, 'mixed-3@example.org')).body.errors[0].extensions.statusCode).toBe(429)
  })

  test('a forged client-address header does not reset the budget', async () => {
    const ip = newAddress()
    for (let index = 0; index < 3; index += 1) expect((await restComment(ip, `forged-${index}@example.org`)).status).toBe(201)
    const forged = await http
      .post('/api/comments')
      .set('X-Forwarded-For', ip)
      .set('X-CMS-Client-IP', '198.51.100.77')
      .send({ article: articleId, authorName: 'Reader', authorEmail: 'forged-3@example.org', body: 'Forged address header.' })
    expect(forged.status).toBe(429)
  })
})

describe('comments per email', () => {
  test('the 3rd comment under one email is 429 even from different addresses, through REST and GraphQL', async () => {
    const email = 'prolific@example.org'
    expect((await restComment(newAddress(), email)).status).toBe(201)
    expect((await restComment(newAddress(), email)).status).toBe(201)
    const refused = await restComment(newAddress(), email)
    expect(refused.status).toBe(429)
    expect(refused.headers['retry-after']).toMatch(/^\d+$/)
    expect(refused.body.errors[0].message).toMatch(/Too many comments from this email address/)
    const viaGraphQL = await graphQLComment(newAddress(), email)
    expect(viaGraphQL.body.errors[0].extensions.statusCode).toBe(429)
    // The same email in another case is the same commenter.
    expect((await restComment(newAddress(), 'PROLIFIC@example.org')).status).toBe(429)
  })
})

describe('login lockout', () => {
  test('after LOGIN_MAX_ATTEMPTS failures even the right password is refused, with a message', async () => {
    const staff = await createStaff(payload, 'editor', 'lockout@test.local')
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const wrong = await http.post('/api/users/login').send({ email: staff.email, password: 'wrong password' })
      expect(wrong.status).toBe(401)
    }
    const right = await http.post('/api/users/login').send({ email: staff.email, password: staff.password })
    expect(right.status).toBeGreaterThanOrEqual(400)
    expect(right.body.token).toBeUndefined()
    expect(right.body.errors[0].message).toMatch(/locked/i)
  })

  test('fewer failures than the limit, then the right password, logs in and resets the count', async () => {
    const staff = await createStaff(payload, 'editor', 'typo@test.local')
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await http.post('/api/users/login').send({ email: staff.email, password: 'typo' })).status).toBe(401)
    }
    expect((await http.post('/api/users/login').send({ email: staff.email, password: staff.password })).status).toBe(200)
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await http.post('/api/users/login').send({ email: staff.email, password: 'typo' })).status).toBe(401)
    }
    expect((await http.post('/api/users/login').send({ email: staff.email, password: staff.password })).status).toBe(200)
  })
})

describe('CORS', () => {
  test.each(['https://reader.example.org', 'https://partner.example.org'])('%s (configured) may call the API from a browser', async (origin) => {
    const preflight = await http.options('/api/comments').set('Origin', origin).set('Access-Control-Request-Method', 'POST')
    expect(preflight.headers['access-control-allow-origin']).toBe(origin)
    const read = await http.get('/api/articles').set('Origin', origin)
    expect(read.headers['access-control-allow-origin']).toBe(origin)
  })

  test.each(['https://evil.example.com', 'null', 'https://reader.example.org.evil.com'])('%s (not configured) gets no Access-Control-Allow-Origin', async (origin) => {
    const preflight = await http.options('/api/comments').set('Origin', origin).set('Access-Control-Request-Method', 'POST')
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    const read = await http.get('/api/articles').set('Origin', origin)
    expect(read.status).toBe(200)
    expect(read.headers['access-control-allow-origin']).toBeUndefined()
    const gql = await http.post('/api/graphql').set('Origin', origin).send({ query: '{ Articles(limit: 1) { totalDocs } }' })
    expect(gql.headers['access-control-allow-origin']).toBeUndefined()
  })
})
