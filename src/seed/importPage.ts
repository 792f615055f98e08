import type { Payload } from 'payload'
import { slugify } from '../lib/slugify'
import { heading, list, paragraph, richText, table, type LexicalNode } from '../lib/lexical'
import { starterRules } from '../moderation'
import { initialsAvatar, titleCard } from './images'
import { parsePage, type Block, type ParsedPage, type ParsedTopic } from './parsePage'

export interface SeedReport {
  created: Record<string, number>
  articleSlug: string
}

/** Reader comments scraped from the page have no name or email; they enter as an anonymous reader. */
export const SCRAPED_COMMENTER = { authorName: 'Reader', authorEmail: 'imported-reader@example.invalid' }

const toLexical = (blocks: Block[]): LexicalNode[] =>
  blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return heading(block.text, block.level)
      case 'list':
        return list(block.items)
      case 'table':
        return table(block.rows)
      default:
        return paragraph(block.text)
    }
  })

/**
 * Imports a parsed page through the Local API. Idempotent: every document is looked up by its natural
 * key (slug, name, or article + text for comments) and created only when missing, so a second run
 * changes nothing. Reader comments take the reader's path (no user, access enforced) and are screened.
 */
export const importPage = async (payload: Payload, source: string): Promise<SeedReport> => {
  const page = parsePage(source)
  const created: Record<string, number> = {}
  const count = (collection: string) => (created[collection] = (created[collection] ?? 0) + 1)

  const findOne = async (collection: 'articles' | 'authors' | 'topics' | 'media' | 'claim-rules', where: Record<string, unknown>) => {
    const found = await payload.find({ collection, where: where as any, limit: 1, depth: 0, draft: true, overrideAccess: true, pagination: false })
    return found.docs[0] as { id: string | number } | undefined
  }
  const ensure = async (
    collection: 'articles' | 'authors' | 'topics' | 'claim-rules',
    where: Record<string, unknown>,
    data: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  ) => {
    const existing = await findOne(collection, where)
    if (existing) return existing.id
    const doc = await payload.create({ collection, data: (await data()) as any, overrideAccess: true, depth: 0 })
    count(collection)
    return doc.id
  }
  const ensureImage = async (alt: string, filename: string, make: () => Promise<Buffer>, mimetype: string) => {
    // Looked up by alt text: Payload renames a file whose name is taken on disk, so the filename is not a stable key.
    const existing = await findOne('media', { alt: { equals: alt } })
    if (existing) return existing.id
    const data = await make()
    const doc = await payload.create({
      collection: 'media',
      data: { alt },
      file: { data, mimetype, name: filename, size: data.length },
      overrideAccess: true,
      depth: 0,
    })
    count('media')
    return doc.id
  }

  for (const rule of starterRules) {
    await ensure('claim-rules', { name: { equals: rule.name } }, () => ({ ...rule, active: rule.active !== false }))
  }

  const topicIds = new Map<string, string | number>()
  const ensureTopic = async (topic: ParsedTopic) => {
    const slug = slugify(topic.name)
    const id = await ensure('topics', { slug: { equals: slug } }, () => ({ name: topic.name, slug, summary: topic.summary }))
    topicIds.set(slug, id)
    return id
  }
  const subjectIds = await Promise.all(page.subjectTopics.map(ensureTopic))
  const relatedIds: (string | number)[] = []
  for (const topic of page.relatedTopics) relatedIds.push(await ensureTopic(topic))
  await linkTopics(payload, subjectIds, [...subjectIds, ...relatedIds])
  await linkTopics(payload, relatedIds, subjectIds)

  const authorSlug = slugify(page.author.name)
  const photo = await ensureImage(`Portrait placeholder for ${page.author.name}`, `${authorSlug}.png`, () => initialsAvatar(page.author.name), 'image/png')
  const authorId = await ensure('authors', { slug: { equals: authorSlug } }, () => ({
    name: page.author.name,
    slug: authorSlug,
    bio: richText(page.author.bio.map(paragraph)),
    photo,
    credentials: page.author.expertise ? `Expert in ${page.author.expertise}` : undefined,
    expertise: page.author.expertise ? [page.author.expertise] : [],
    location: page.author.location,
  }))

  const articleSlug = slugify(page.headline)
  const hero = await ensureImage(page.headline, `${articleSlug}.jpg`, () => titleCard(page.headline, 12), 'image/jpeg')
  const articleId = await ensure('articles', { slug: { equals: articleSlug } }, () => ({
    title: page.title,
    slug: articleSlug,
    excerpt: page.excerpt,
    publishedAt: page.publishedAt,
    author: authorId,
    heroImage: hero,
    body: richText(toLexical(page.blocks)),
    faq: page.faq,
    relatedTopics: [...subjectIds, ...relatedIds],
    seo: { title: page.headline, description: page.excerpt.slice(0, 160) },
    _status: 'published',
  }))

  for (const [index, post] of page.otherPosts.entries()) {
    const slug = slugify(post.title)
    await ensure('articles', { slug: { equals: slug } }, async () => ({
      title: post.title,
      slug,
      excerpt: post.paragraphs[0].split(/(?<=[.!?])\s+/)[0],
      author: authorId,
      heroImage: await ensureImage(post.title, `${slug}.jpg`, () => titleCard(post.title, 150 + index * 60), 'image/jpeg'),
      body: richText(post.paragraphs.map(paragraph)),
      _status: 'published',
    }))
  }

  for (const body of page.comments) {
    const existing = await payload.find({
      collection: 'comments',
      where: { and: [{ article: { equals: articleId } }, { body: { equals: body } }] },
      limit: 1,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) continue
    // The reader's path: no user, access control on, screening hooks decide the status.
    await payload.create({ collection: 'comments', data: { article: articleId, body, ...SCRAPED_COMMENTER } as any, overrideAccess: false })
    count('comments')
  }

  return { created, articleSlug }
}

const linkTopics = async (payload: Payload, ids: (string | number)[], related: (string | number)[]) => {
  for (const id of ids) {
    const topic = await payload.findByID({ collection: 'topics', id, depth: 0, overrideAccess: true })
    const current = (topic.relatedTopics ?? []).map((value: any) => (typeof value === 'object' ? value.id : value))
    const wanted = related.filter((other) => other !== id && !current.some((value: unknown) => String(value) === String(other)))
    if (wanted.length === 0) continue
    await payload.update({ collection: 'topics', id, data: { relatedTopics: [...current, ...wanted] }, overrideAccess: true, depth: 0 })
  }
}

export type { ParsedPage }
