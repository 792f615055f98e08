import { getPayload, type Payload } from 'payload'
import supertest from 'supertest'
import type { Express } from 'express'

/** The same config the app uses, loaded after tests/support/env.ts chose this file's database. */
export const loadConfig = async () => (await import('../../payload.config')).default

export const bootPayload = async (): Promise<Payload> => getPayload({ config: await loadConfig() })

/** The Express app exactly as server.ts builds it, minus Next (the API needs no page build). */
export const bootApp = async (): Promise<{ app: Express; payload: Payload; http: ReturnType<typeof supertest> }> => {
  const { createApp } = await import('../../src/server/app')
  const { app, payload } = await createApp({ config: await loadConfig() })
  return { app, payload, http: supertest(app) }
}

export const seed = async (payload: Payload) => {
  const { seedDemoContent } = await import('../../src/seed')
  return seedDemoContent(payload)
}

export const SEED_ARTICLE = 'how-inflammation-drives-osteoporosis'

export const articleBySlug = async (payload: Payload, slug = SEED_ARTICLE) => {
  const found = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true, depth: 0 })
  if (!found.docs[0]) throw new Error(`no article ${slug}`)
  return found.docs[0]
}

export const createStaff = async (payload: Payload, role: 'admin' | 'editor' | 'moderator', email = `${role}@test.local`) => {
  const password = `pw-${role}-${Math.random().toString(36).slice(2)}`
  const user = await payload.create({ collection: 'users', data: { email, password, roles: [role] } as any, overrideAccess: true })
  return { user, email, password }
}

export const loginToken = async (http: ReturnType<typeof supertest>, email: string, password: string): Promise<string> => {
  const response = await http.post('/api/users/login').send({ email, password })
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.token
}

/** A staff upload to the media collection through REST, as the admin panel sends it; returns the raw response. */
export const uploadMedia = (
  http: ReturnType<typeof supertest>,
  token: string,
  file: Buffer,
  { filename, contentType, alt }: { filename: string; contentType: string; alt: string },
) =>
  http
    .post('/api/media')
    .set('Authorization', `JWT ${token}`)
    .field('_payload', JSON.stringify({ alt }))
    .attach('file', file, { filename, contentType })

/** A reader's comment through REST (the route every frontend uses); fails loudly unless it is created. */
export const postComment = async (
  http: ReturnType<typeof supertest>,
  data: { article: string | number; body: string } & Record<string, unknown>,
): Promise<{ id: string | number; status: string; publication: string }> => {
  const response = await http.post('/api/comments').send({ authorName: 'Reader', authorEmail: `r${Math.random()}@example.org`, ...data })
  if (response.status !== 201) throw new Error(`comment not created: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc
}

export const setPolicy = async (payload: Payload, data: Record<string, unknown>) =>
  payload.updateGlobal({ slug: 'moderation-policy', data: data as any, overrideAccess: true })
