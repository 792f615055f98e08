/**
 * The reader pages' one way to the data: GraphQL queries executed in this process against the same
 * Payload instance Express serves, as an anonymous reader (access rules apply: drafts and comments
 * that are not approved stay hidden). No HTTP hop, no second copy of the access logic.
 *
 * Results are cached in memory and the whole cache is dropped whenever Payload announces a change
 * readers can see (src/lib/changes.ts: an article published, a comment approved, an author edited):
 * at once when made through this process, within CACHE_COHERENCE_MS when made through another one.
 * A generation counter stops a query that started before a change from storing its stale result.
 */
import { graphql, type GraphQLSchema } from 'graphql'
import { configToSchema } from '@payloadcms/graphql'
import { createLocalReq, getPayload, type Payload } from 'payload'
import config from '@payload-config'
import { createContentCache, type ContentCache } from '@/lib/contentCache'

const MAX_ENTRIES = 500

interface FrontendState {
  schema?: GraphQLSchema
  cache: ContentCache<unknown>
}

// On globalThis: Next may load this module more than once (one copy per route bundle); the cache must be one.
const state: FrontendState = ((globalThis as { __healthCmsFrontend?: FrontendState }).__healthCmsFrontend ??= {
  cache: createContentCache({ maxEntries: MAX_ENTRIES }),
})

const payloadInstance = (): Promise<Payload> => getPayload({ config })

const schemaFor = (payload: Payload): GraphQLSchema => (state.schema ??= configToSchema(payload.config).schema)

export class GraphQLQueryError extends Error {}

/** Runs one query as an anonymous reader; cached until the next public change. */
export const query = async <T>(source: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const key = `${source}\n${JSON.stringify(variables)}`
  const payload = await payloadInstance()
  return (await state.cache.load(payload, key, async () => {
    const req = await createLocalReq({}, payload)
    req.payloadAPI = 'GraphQL'
    const result = await graphql({ schema: schemaFor(payload), source, variableValues: variables, contextValue: { req, headers: {} } })
    if (result.errors?.length) throw new GraphQLQueryError(result.errors.map((error) => error.message).join('; '))
    return result.data
  })) as T
}

// ---------------------------------------------------------------------------------------------
// The queries (all of them, in one place) and the shapes they return.

export interface MediaSize {
  url: string | null
  width: number | null
  height: number | null
}
export interface MediaDoc {
  url: string | null
  alt: string | null
  width: number | null
  height: number | null
  sizes?: { thumbnail?: MediaSize | null; card?: MediaSize | null; hero?: MediaSize | null } | null
}
export interface TopicRef {
  name: string
  slug: string
}
export interface AuthorRef {
  name: string
  slug: string
}
export interface ArticleSummary {
  title: string
  slug: string
  excerpt: string | null
  publishedAt: string | null
  approvedCommentCount: number | null
  author: AuthorRef | null
  heroImage: MediaDoc | null
}
export interface Article extends ArticleSummary {
  id: number
  body: unknown
  faq: { question: string; answer: string }[] | null
  relatedTopics: TopicRef[] | null
  seo: { title: string | null; description: string | null } | null
  author: (AuthorRef & { credentials: string | null; bio: unknown; photo: MediaDoc | null }) | null
}
export interface ThreadedComment {
  id: string
  authorName: string
  body: string
  editorNote: string | null
  createdAt: string
  replies: ThreadedComment[]
}
export interface CommentPage {
  docs: ThreadedComment[]
  totalDocs: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
}
export interface Author extends AuthorRef {
  id: number
  bio: unknown
  credentials: string | null
  expertise: string[] | null
  location: string | null
  photo: MediaDoc | null
}
export interface Topic extends TopicRef {
  id: number
  summary: string | null
  relatedTopics: TopicRef[] | null
}

const MEDIA = `url alt width height sizes { thumbnail { url width height } card { url width height } hero { url width height } }`
const SUMMARY = `title slug excerpt publishedAt approvedCommentCount author { name slug } heroImage { ${MEDIA} }`

const COMMENT_FIELDS = `id authorName body editorNote createdAt`
// Replies nest up to six levels in the API; the page shows them all.
const replies = (depth: number): string => (depth === 0 ? '' : `replies { ${COMMENT_FIELDS} ${replies(depth - 1)} }`)

export const PAGE_SIZE = 20
export const COMMENTS_PAGE_SIZE = 50

export const latestArticles = async (page = 1): Promise<{ docs: ArticleSummary[]; hasNextPage: boolean; hasPrevPage: boolean; page: number }> =>
  (
    await query<{ Articles: { docs: ArticleSummary[]; hasNextPage: boolean; hasPrevPage: boolean; page: number } }>(
      `query Latest($page: Int!, $limit: Int!) { Articles(sort: "-publishedAt", limit: $limit, page: $page) { docs { ${SUMMARY} } hasNextPage hasPrevPage page } }`,
      { page, limit: PAGE_SIZE },
    )
  ).Articles

export const articleBySlug = async (slug: string): Promise<Article | null> =>
  (
    await query<{ Articles: { docs: Article[] } }>(
      `query Article($slug: String!) { Articles(where: { slug: { equals: $slug } }, limit: 1) { docs {
        id ${SUMMARY} body(depth: 1) faq { question answer } relatedTopics { name slug } seo { title description }
        author { name slug credentials bio photo { ${MEDIA} } }
      } } }`,
      { slug },
    )
  ).Articles.docs[0] ?? null

export const articleComments = async (slug: string, page = 1): Promise<CommentPage> =>
  (
    await query<{ ArticleComments: CommentPage }>(
      `query Comments($slug: String!, $page: Int!, $limit: Int!) { ArticleComments(slug: $slug, sort: oldest, page: $page, limit: $limit) {
        docs { ${COMMENT_FIELDS} ${replies(6)} } totalDocs page totalPages hasNextPage hasPrevPage
      } }`,
      { slug, page, limit: COMMENTS_PAGE_SIZE },
    )
  ).ArticleComments

export const topicBySlug = async (slug: string): Promise<{ topic: Topic; articles: ArticleSummary[] } | null> => {
  const { Topics } = await query<{ Topics: { docs: Topic[] } }>(
    `query Topic($slug: String!) { Topics(where: { slug: { equals: $slug } }, limit: 1) { docs { id name slug summary relatedTopics { name slug } } } }`,
    { slug },
  )
  const topic = Topics.docs[0]
  if (!topic) return null
  // Articles are read from their own collection (not the join) so the published-only rule applies plainly.
  const { Articles } = await query<{ Articles: { docs: ArticleSummary[] } }>(
    `query TopicArticles($id: JSON!, $limit: Int!) { Articles(where: { relatedTopics: { in: [$id] } }, sort: "-publishedAt", limit: $limit) { docs { ${SUMMARY} } } }`,
    { id: topic.id, limit: PAGE_SIZE },
  )
  return { topic, articles: Articles.docs }
}

export const authorBySlug = async (slug: string): Promise<{ author: Author; articles: ArticleSummary[] } | null> => {
  const { Authors } = await query<{ Authors: { docs: Author[] } }>(
    `query Author($slug: String!) { Authors(where: { slug: { equals: $slug } }, limit: 1) { docs { id name slug bio credentials expertise location photo { ${MEDIA} } } } }`,
    { slug },
  )
  const author = Authors.docs[0]
  if (!author) return null
  const { Articles } = await query<{ Articles: { docs: ArticleSummary[] } }>(
    `query AuthorArticles($id: JSON!, $limit: Int!) { Articles(where: { author: { equals: $id } }, sort: "-publishedAt", limit: $limit) { docs { ${SUMMARY} } } }`,
    { id: author.id, limit: PAGE_SIZE },
  )
  return { author, articles: Articles.docs }
}

