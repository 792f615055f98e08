/**
 * Who may do what, through REST and GraphQL, driven by one table of expectations. Where a role may
 * read, the answer must not contain the fields that role must not see.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'
import type { Payload } from 'payload'
import { articleBySlug, bootApp, createStaff, loginToken, seed, setPolicy } from '../support/payload'

type Role = 'anonymous' | 'moderator' | 'editor' | 'admin'
type Operation = 'read' | 'create' | 'update' | 'delete' | 'readVersions'
type Api = 'REST' | 'GraphQL'

const ROLES: Role[] = ['anonymous', 'moderator', 'editor', 'admin']
const EVERYONE: Role[] = ROLES
const STAFF: Role[] = ['moderator', 'editor', 'admin']
const EDITORS: Role[] = ['editor', 'admin']
const MODERATORS: Role[] = ['moderator', 'admin']
const ADMINS: Role[] = ['admin']
const NOBODY: Role[] = []

interface CollectionRules {
  slug: string
  /** GraphQL names: the single-document query (also the type in mutation names) and the list query. */
  graphQL: { one: string; many: string }
  allowed: Partial<Record<Operation, Role[]>>
  /** Fields that only `seenBy` may get back (REST key or GraphQL selection). */
  secrets?: { rest: string[]; graphQL: string; seenBy: Role[] }
  /** Uploads need multipart, which Payload's GraphQL does not take: created through REST only. */
  restOnlyCreate?: boolean
}

const COMMENT_SECRETS = ['authorEmail', 'commenterHash', 'clientHash', 'moderation', 'score', 'flagSummary', 'reportCount']
const USER_SECRETS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil']

/** THE table. Every row is checked for every role and operation, through both APIs. */
const MATRIX: CollectionRules[] = [
  { slug: 'articles', graphQL: { one: 'Article', many: 'Articles' }, allowed: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS, readVersions: STAFF } },
  { slug: 'authors', graphQL: { one: 'Author', many: 'Authors' }, allowed: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS } },
  { slug: 'topics', graphQL: { one: 'Topic', many: 'Topics' }, allowed: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS } },
  { slug: 'media', graphQL: { one: 'Media', many: 'allMedia' }, allowed: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS }, restOnlyCreate: true },
  {
    slug: 'comments',
    graphQL: { one: 'Comment', many: 'Comments' },
    // Never deleted: the append-only moderation log keeps referring to every comment.
    allowed: { read: EVERYONE, create: EVERYONE, update: MODERATORS, delete: NOBODY },
    secrets: { rest: COMMENT_SECRETS, graphQL: 'authorEmail commenterHash clientHash score flagSummary reportCount moderation { decision engineVersion }', seenBy: MODERATORS },
  },
  { slug: 'claim-rules', graphQL: { one: 'ClaimRule', many: 'ClaimRules' }, allowed: { read: MODERATORS, create: MODERATORS, update: MODERATORS, delete: MODERATORS } },
  { slug: 'moderation-events', graphQL: { one: 'ModerationEvent', many: 'ModerationEvents' }, allowed: { read: MODERATORS, create: NOBODY, update: NOBODY, delete: NOBODY } },
  { slug: 'comment-reports', graphQL: { one: 'CommentReport', many: 'CommentReports' }, allowed: { read: MODERATORS, create: NOBODY, update: NOBODY, delete: MODERATORS } },
  {
    slug: 'users',
    graphQL: { one: 'User', many: 'Users' },
    // Reading and changing *another* user; what users may do to themselves is tested below.
    allowed: { read: ADMINS, create: ADMINS, update: ADMINS, delete: ADMINS },
    secrets: { rest: USER_SECRETS, graphQL: 'hash salt resetPasswordToken resetPasswordExpiration loginAttempts lockUntil', seenBy: NOBODY },
  },
  { slug: 'rate-limit-hits', graphQL: { one: 'RateLimitHit', many: 'RateLimitHits' }, allowed: { read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY } },
  { slug: 'payload-jobs', graphQL: { one: 'PayloadJob', many: 'PayloadJobs' }, allowed: { read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY } },
]
const POLICY_ALLOWED = { read: MODERATORS, update: ADMINS }

let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let articleId: string | number
let approvedCommentId: string | number
const tokens: Partial<Record<Role, string>> = {}
const staffIds: Partial<Record<Role, string | number>> = {}
const fixtures: Record<string, string | number> = {}
let png: Buffer
let unique = 0
const next = () => `${Date.now().toString(36)}-${(unique += 1)}`

const withAuth = <T extends { set: (name: string, value: string) => T }>(request: T, role: Role): T =>
  role === 'anonymous' ? request : request.set('Authorization', `JWT ${tokens[role]}`)
const graphql = async (role: Role, query: string, variables?: Record<string, unknown>) =>
  (await withAuth(http.post('/api/graphql'), role).send({ query, variables })).body as { data?: Record<string, any>; errors?: any[] }
const literal = (id: string | number) => JSON.stringify(id)

/** Valid data for a new document of each collection (fresh on every call: names and emails are unique). */
const newData = (slug: string): Record<string, unknown> => {
  const tag = next()
  switch (slug) {
    case 'articles': return { title: `Access check ${tag}` }
    case 'authors': return { name: `Author ${tag}` }
    case 'topics': return { name: `Topic ${tag}` }
    case 'media': return { alt: `Image ${tag}` }
    case 'comments': return { article: articleId, authorName: 'Matrix', authorEmail: `m-${tag}@example.org`, body: `Matrix comment ${tag}` }
    case 'claim-rules': return { name: `Rule ${tag}`, category: 'miracle_cure', description: 'test rule', patterns: [`phrase ${tag}`], severity: 'low' }
    case 'moderation-events': return { comment: approvedCommentId, action: 'screened', reason: 'forged' }
    case 'comment-reports': return { comment: approvedCommentId, reason: 'forged', reporterHash: tag }
    case 'users': return { email: `user-${tag}@test.local`, password: `pw-${tag}`, roles: ['editor'] }
    case 'rate-limit-hits': return { key: `forged-${tag}`, at: new Date().toISOString() }
    case 'payload-jobs': return { taskSlug: 'notifyModerators', input: { commentId: String(approvedCommentId) } }
    default: throw new Error(`no data for ${slug}`)
  }
}
/** A harmless change per collection: [field, value]. */
const change = (slug: string): [string, string] =>
  ({
    articles: ['excerpt', 'changed'], authors: ['location', 'changed'], topics: ['summary', 'changed'], media: ['caption', 'changed'],
    comments: ['editorNote', 'changed'], 'claim-rules': ['description', 'changed'], 'moderation-events': ['reason', 'changed'],
    'comment-reports': ['reason', 'changed'], users: ['name', 'changed'], 'rate-limit-hits': ['key', 'changed'], 'payload-jobs': ['queue', 'changed'],
  })[slug] as [string, string]

/** Creates a document with full rights, as trusted code would. */
const makeDoc = async (slug: string): Promise<string | number> => {
  const data = newData(slug)
  if (slug === 'articles') data._status = 'published'
  if (slug === 'media') {
    const doc = await payload.create({ collection: 'media', data: data as any, file: { data: png, mimetype: 'image/png', name: `${next()}.png`, size: png.length }, overrideAccess: true })
    return doc.id
  }
  const doc = await payload.create({ collection: slug as any, data: data as any, overrideAccess: true, context: { importing: false } })
  return doc.id
}
const findDoc = async (slug: string, id: string | number) =>
  (await payload.find({ collection: slug as any, where: { id: { equals: id } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0] as Record<string, any> | undefined

/** Denied by-id requests answer 403, or 404 where the role's access is a query (it must not learn the id exists). */
const DENIED = [403, 404]
const expectGraphQLDenied = (body: { data?: Record<string, any>; errors?: any[] }, field: string) => {
  expect(body.data?.[field] ?? null).toBeNull()
  expect(DENIED).toContain(body.errors?.[0]?.extensions?.statusCode)
}
/** A GraphQL group comes back as an object of nulls when its fields are hidden: that is no leak. */
const carriesValue = (value: unknown): boolean =>
  value !== null && value !== undefined && (typeof value !== 'object' || Object.values(value).some(carriesValue))
const expectNoSecrets = (doc: Record<string, any>, secrets: string[]) => {
  expect(secrets.filter((field) => carriesValue(doc[field]))).toEqual([])
}

beforeAll(async () => {
  ;({ payload, http } = await bootApp())
  await seed(payload)
  await setPolicy(payload, { mode: 'auto_approve_clean', minElapsedMs: 0 })
  articleId = (await articleBySlug(payload)).id
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#48c' } }).png().toBuffer()
  const approved = await payload.create({
    collection: 'comments',
    data: { article: articleId, authorName: 'Fixture', authorEmail: 'fixture@example.org', body: 'Which test measures CRP?', status: 'approved' } as any,
    context: { importing: true },
    overrideAccess: true,
  })
  approvedCommentId = approved.id
  for (const role of STAFF) {
    const staff = await createStaff(payload, role as Exclude<Role, 'anonymous'>, `${role}@matrix.local`)
    staffIds[role] = staff.user.id
    tokens[role] = await loginToken(http, staff.email, staff.password)
  }
  for (const { slug } of MATRIX) fixtures[slug] = slug === 'comments' ? approvedCommentId : await makeDoc(slug)
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
})

const cases = (operation: Operation) =>
  MATRIX.filter((rules) => rules.allowed[operation] !== undefined).flatMap((rules) =>
    ROLES.flatMap((role) =>
      (['REST', 'GraphQL'] as Api[])
        .filter((api) => !(operation === 'create' && api === 'GraphQL' && rules.restOnlyCreate))
        .map((api) => ({ rules, role, api, allowed: rules.allowed[operation]!.includes(role) })),
    ),
  )
const title = '$rules.slug: $role via $api → allowed=$allowed'

describe('read', () => {
  test.each(cases('read'))(title, async ({ rules, role, api, allowed }) => {
    const id = fixtures[rules.slug]
    const secrets = rules.secrets && !rules.secrets.seenBy.includes(role) ? rules.secrets : undefined
    if (api === 'REST') {
      const one = await withAuth(http.get(`/api/${rules.slug}/${id}`), role)
      const list = await withAuth(http.get(`/api/${rules.slug}`).query({ limit: 200 }), role)
      if (allowed) {
        expect(one.status).toBe(200)
        expect(String(one.body.id)).toBe(String(id))
        expect(list.status).toBe(200)
        expect(list.body.docs.map((doc: any) => String(doc.id))).toContain(String(id))
        if (secrets) for (const doc of [one.body, ...list.body.docs]) expectNoSecrets(doc, secrets.rest)
      } else {
        expect(DENIED).toContain(one.status)
        // A list either refuses outright or shows only what the role may see (e.g. a user sees only themself).
        if (list.status === 200) expect(list.body.docs.map((doc: any) => String(doc.id))).not.toContain(String(id))
        else expect(list.status).toBe(403)
      }
      return
    }
    const selection = `id ${secrets?.graphQL ?? ''}`
    const one = await graphql(role, `{ ${rules.graphQL.one}(id: ${literal(id)}) { ${selection} } }`)
    const list = await graphql(role, `{ ${rules.graphQL.many}(limit: 200) { docs { ${selection} } } }`)
    if (allowed) {
      expect(one.errors).toBeUndefined()
      expect(String(one.data?.[rules.graphQL.one].id)).toBe(String(id))
      expect(list.data?.[rules.graphQL.many].docs.map((doc: any) => String(doc.id))).toContain(String(id))
      if (secrets) {
        for (const doc of [one.data?.[rules.graphQL.one], ...list.data?.[rules.graphQL.many].docs]) expectNoSecrets(doc, secrets.rest)
      }
    } else {
      expectGraphQLDenied(one, rules.graphQL.one)
      const docs: any[] = list.data?.[rules.graphQL.many]?.docs ?? []
      expect(docs.map((doc) => String(doc.id))).not.toContain(String(id))
    }
  })
})

describe('create', () => {
  test.each(cases('create'))(title, async ({ rules, role, api, allowed }) => {
    const data = newData(rules.slug)
    const before = (await payload.count({ collection: rules.slug as any, overrideAccess: true })).totalDocs
    if (api === 'REST') {
      const request =
        rules.slug === 'media'
          ? withAuth(http.post('/api/media'), role).field('_payload', JSON.stringify(data)).attach('file', png, { filename: `${next()}.png`, contentType: 'image/png' })
          : withAuth(http.post(`/api/${rules.slug}`), role).send(data)
      const response = await request
      expect(response.status).toBe(allowed ? 201 : 403)
    } else {
      const body = await graphql(role, `mutation ($data: mutation${rules.graphQL.one}Input!) { create${rules.graphQL.one}(data: $data) { id } }`, { data })
      if (allowed) {
        expect(body.errors).toBeUndefined()
        expect(body.data?.[`create${rules.graphQL.one}`].id).toBeDefined()
      } else {
        expectGraphQLDenied(body, `create${rules.graphQL.one}`)
      }
    }
    const after = (await payload.count({ collection: rules.slug as any, overrideAccess: true })).totalDocs
    // Creating a user or comment may create other documents, never another of its own kind.
    expect(after - before).toBe(allowed ? 1 : 0)
  })
})

describe('update', () => {
  test.each(cases('update'))(title, async ({ rules, role, api, allowed }) => {
    const id = fixtures[rules.slug]
    const [field] = change(rules.slug)
    const value = `changed by ${role} via ${api} ${next()}`
    if (api === 'REST') {
      const response = await withAuth(http.patch(`/api/${rules.slug}/${id}`), role).send({ [field]: value })
      if (allowed) expect(response.status).toBe(200)
      else expect(DENIED).toContain(response.status)
    } else {
      const name = `update${rules.graphQL.one}`
      const body = await graphql(role, `mutation ($data: mutation${rules.graphQL.one}UpdateInput!) { ${name}(id: ${literal(id)}, data: $data) { id } }`, { data: { [field]: value } })
      if (allowed) expect(body.errors).toBeUndefined()
      else expectGraphQLDenied(body, name)
    }
    const stored = await findDoc(rules.slug, id)
    if (allowed) expect(stored?.[field]).toBe(value)
    else expect(stored?.[field]).not.toBe(value)
  })
})

describe('delete', () => {
  test.each(cases('delete'))(title, async ({ rules, role, api, allowed }) => {
    const id = await makeDoc(rules.slug)
    if (api === 'REST') {
      const response = await withAuth(http.delete(`/api/${rules.slug}/${id}`), role)
      if (allowed) expect(response.status).toBe(200)
      else expect(DENIED).toContain(response.status)
    } else {
      const name = `delete${rules.graphQL.one}`
      const body = await graphql(role, `mutation { ${name}(id: ${literal(id)}) { id } }`)
      if (allowed) expect(body.errors).toBeUndefined()
      else expectGraphQLDenied(body, name)
    }
    expect(Boolean(await findDoc(rules.slug, id))).toBe(!allowed)
  })
})

describe('versions and drafts (articles)', () => {
  let publishedId: string | number
  const DRAFT_TITLE = 'Unreleased draft title with embargoed findings'
  beforeAll(async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Published version', _status: 'published' } as any, overrideAccess: true })
    publishedId = article.id
    await payload.update({ collection: 'articles', id: publishedId, data: { title: DRAFT_TITLE } as any, draft: true, overrideAccess: true })
  })

  test.each(cases('readVersions'))(title, async ({ role, api, allowed }) => {
    if (api === 'REST') {
      const response = await withAuth(http.get('/api/articles/versions').query({ limit: 200 }), role)
      expect(response.status).toBe(allowed ? 200 : 403)
      if (allowed) expect(response.body.docs.map((doc: any) => doc.version.title)).toContain(DRAFT_TITLE)
      else expect(JSON.stringify(response.body)).not.toContain(DRAFT_TITLE)
      return
    }
    const body = await graphql(role, '{ versionsArticles(limit: 200) { docs { id version { title } } } }')
    if (allowed) expect(body.data?.versionsArticles.docs.map((doc: any) => doc.version.title)).toContain(DRAFT_TITLE)
    else expectGraphQLDenied(body, 'versionsArticles')
  })

  test.each(ROLES.map((role) => ({ role, seesDraft: STAFF.includes(role) })))('draft=true as $role shows the newer draft: $seesDraft', async ({ role, seesDraft }) => {
    const expected = seesDraft ? DRAFT_TITLE : 'Published version'
    const one = await withAuth(http.get(`/api/articles/${publishedId}`).query({ draft: 'true' }), role)
    expect(one.body.title).toBe(expected)
    const list = await withAuth(http.get('/api/articles').query({ draft: 'true', limit: 200 }), role)
    expect(JSON.stringify(list.body).includes(DRAFT_TITLE)).toBe(seesDraft)
    const gql = await graphql(role, `{ Article(id: ${literal(publishedId)}, draft: true) { title } Articles(draft: true, limit: 200) { docs { title } } }`)
    expect(gql.data?.Article.title).toBe(expected)
    expect(JSON.stringify(gql.data).includes(DRAFT_TITLE)).toBe(seesDraft)
  })
})

describe('global moderation-policy', () => {
  const policy = { mode: 'auto_approve_clean', trustedAfter: 3, reportsToRequeue: 3, minElapsedMs: 0 }
  const globalCases = (operation: 'read' | 'update') =>
    ROLES.flatMap((role) => (['REST', 'GraphQL'] as Api[]).map((api) => ({ role, api, allowed: POLICY_ALLOWED[operation].includes(role) })))

  test.each(globalCases('read'))('read: $role via $api → allowed=$allowed', async ({ role, api, allowed }) => {
    if (api === 'REST') {
      const response = await withAuth(http.get('/api/globals/moderation-policy'), role)
      expect(response.status).toBe(allowed ? 200 : 403)
      if (allowed) expect(response.body.mode).toBe('auto_approve_clean')
      else expect(response.body.notifyEmails).toBeUndefined()
      return
    }
    const body = await graphql(role, '{ ModerationPolicy { mode notifyEmails webhookUrl } }')
    if (allowed) expect(body.data?.ModerationPolicy.mode).toBe('auto_approve_clean')
    else expectGraphQLDenied(body, 'ModerationPolicy')
  })

  test.each(globalCases('update'))('update: $role via $api → allowed=$allowed', async ({ role, api, allowed }) => {
    const maxLinks = 10 + (unique += 1)
    if (api === 'REST') {
      const response = await withAuth(http.post('/api/globals/moderation-policy'), role).send({ ...policy, maxLinks })
      expect(response.status).toBe(allowed ? 200 : 403)
    } else {
      const body = await graphql(role, 'mutation ($data: mutationModerationPolicyInput!) { updateModerationPolicy(data: $data) { maxLinks } }', { data: { ...policy, maxLinks } })
      if (allowed) expect(body.errors).toBeUndefined()
      else expectGraphQLDenied(body, 'updateModerationPolicy')
    }
    const stored = await payload.findGlobal({ slug: 'moderation-policy', overrideAccess: true })
    expect((stored as any).maxLinks === maxLinks).toBe(allowed)
  })
})

describe('users and their own account', () => {
  const staffRoles = STAFF as Exclude<Role, 'anonymous'>[]

  test.each(staffRoles)('%s reads and renames their own account, without secrets', async (role) => {
    const me = await withAuth(http.get('/api/users/me'), role)
    expect(String(me.body.user.id)).toBe(String(staffIds[role]))
    expectNoSecrets(me.body.user, USER_SECRETS)
    const renamed = await withAuth(http.patch(`/api/users/${staffIds[role]}`), role).send({ name: `Renamed ${role}` })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.name).toBe(`Renamed ${role}`)
    expectNoSecrets(renamed.body.doc, USER_SECRETS)
  })

  test.each(staffRoles.filter((role) => role !== 'admin'))('%s cannot grant themselves roles, through REST or GraphQL', async (role) => {
    await withAuth(http.patch(`/api/users/${staffIds[role]}`), role).send({ roles: ['admin', 'editor', 'moderator'] })
    await graphql(role, `mutation { updateUser(id: ${literal(staffIds[role]!)}, data: { roles: [admin] }) { id } }`)
    const stored = await findDoc('users', staffIds[role]!)
    expect(stored?.roles).toEqual([role])
  })

  test.each(staffRoles)('%s cannot write their own login counters or password hash', async (role) => {
    const before = await payload.db.findOne({ collection: 'users', where: { id: { equals: staffIds[role] } } }) as Record<string, any>
    await withAuth(http.patch(`/api/users/${staffIds[role]}`), role).send({ loginAttempts: 99, lockUntil: '2999-01-01T00:00:00.000Z', hash: 'forged', salt: 'forged' })
    const after = await payload.db.findOne({ collection: 'users', where: { id: { equals: staffIds[role] } } }) as Record<string, any>
    expect(after.hash).toBe(before.hash)
    expect(after.salt).toBe(before.salt)
    expect(after.loginAttempts ?? 0).toBe(before.loginAttempts ?? 0)
    expect(after.lockUntil ?? null).toBe(before.lockUntil ?? null)
  })

  test('nobody signs up on their own: anonymous cannot create a user, even without roles', async () => {
    const response = await http.post('/api/users').send({ email: 'walk-in@test.local', password: 'walk-in-password' })
    expect(response.status).toBe(403)
    expect(await payload.count({ collection: 'users', where: { email: { equals: 'walk-in@test.local' } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })
})
