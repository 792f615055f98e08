/**
 * Load data for benchmarks: `npm run load-data` (after the seed) adds ARTICLES published articles and
 * COMMENTS approved comments, 10% of them replies. The seeded article gets a tenth of the comments, so
 * page 50 of its comments exists. Comments are created through the Local API with screening skipped
 * (context.importing), since this is bulk data, not readers' input. Idempotent per target.
 */
import { getPayload } from 'payload'
import { ensureLocalSecret } from '../src/lib/secret'
import { paragraph, richText } from '../src/lib/lexical'

ensureLocalSecret()
const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 200)
const COMMENTS = Number(process.env.LOAD_COMMENTS ?? 20_000)
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

const seeded = (await payload.find({ collection: 'articles', where: { slug: { equals: 'how-inflammation-drives-osteoporosis' } }, limit: 1, overrideAccess: true })).docs[0]
if (!seeded) throw new Error('Run the seed first (npm run seed).')
const author = typeof seeded.author === 'object' ? seeded.author?.id : seeded.author
const topics = (seeded.relatedTopics ?? []).map((topic: any) => (typeof topic === 'object' ? topic.id : topic))

const existingArticles = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
const articleIds: (string | number)[] = [seeded.id]
for (let index = existingArticles; index < ARTICLES + 3; index += 1) {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: `Load article ${index}: bone health and inflammation`,
      slug: `load-article-${index}`,
      excerpt: 'Generated for benchmarks.',
      author,
      relatedTopics: topics.slice(0, 2),
      body: richText([paragraph('Generated body text for benchmark article number ' + index + '.')]),
      faq: [{ question: 'Is this generated?', answer: 'Yes, for benchmarks.' }],
      _status: 'published',
    } as any,
    overrideAccess: true,
  })
  articleIds.push(doc.id)
}
const all = await payload.find({ collection: 'articles', limit: 0, pagination: false, select: { slug: true }, overrideAccess: true })
articleIds.splice(0, articleIds.length, seeded.id, ...all.docs.filter((doc) => doc.id !== seeded.id).map((doc) => doc.id))

const existingComments = (await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs
const started = Date.now()
const recent: (string | number)[] = []
for (let index = existingComments; index < COMMENTS; index += 1) {
  const article = index % 10 === 0 ? seeded.id : articleIds[1 + (index % (articleIds.length - 1))]
  const replyTo = index % 10 === 5 && recent.length > 0 ? recent[recent.length - 1] : undefined
  const doc = await payload.create({
    collection: 'comments',
    data: {
      article: replyTo ? seeded.id : article,
      parent: replyTo,
      authorName: `Reader ${index % 997}`,
      authorEmail: `reader${index % 997}@example.org`,
      body: `Generated comment ${index}: thanks for the clear explanation of CRP and bone density.`,
      status: 'approved',
    } as any,
    overrideAccess: true,
    context: { importing: true },
  })
  if (article === seeded.id && !replyTo) recent.push(doc.id)
  if ((index + 1) % 2000 === 0) console.log(`${index + 1} comments (${Math.round((Date.now() - started) / 1000)} s)`)
}
console.log(`Load data ready: ${(await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs} articles, ${(await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs} comments.`)
await payload.destroy()
process.exit(0)
