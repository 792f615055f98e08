import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload, seed, SEED_ARTICLE } from '../support/payload'
import { plainText } from '../../src/lib/lexical'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const find = (collection: any, where: any = {}, depth = 1) =>
  payload.find({ collection, where, depth, limit: 100, overrideAccess: true }).then((result) => result.docs as any[])

describe('the demo content imported from the scraped page', () => {
  test('starts on an empty database', async () => {
    for (const collection of ['articles', 'authors', 'topics', 'comments', 'media', 'users'] as const) {
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(0)
    }
  })

  test('imports exactly the article, author, topics, posts and the reader comment', async () => {
    await seed(payload)

    const [article] = await find('articles', { slug: { equals: SEED_ARTICLE } }, 2)
    expect(article.title).toBe('How Inflammation Drives Osteoporosis: Causes, Risks & Prevention')
    expect(article._status).toBe('published')
    expect(article.publishedAt.slice(0, 10)).toBe('2025-09-25')
    expect(article.author.slug).toBe('cassius-beaumont')
    expect(article.heroImage.alt).toBeTruthy()

    const body = article.body.root.children as any[]
    const headings = body.filter((node) => node.type === 'heading').map((node) => node.children[0].text)
    expect(headings).toEqual(
      expect.arrayContaining(['What is Inflammation?', 'Understanding Osteoporosis', 'Practical Lifestyle Steps to Keep Inflammation Low']),
    )
    const tableNode = body.find((node) => node.type === 'table')
    const rows = tableNode.children.map((row: any) => row.children.map((cell: any) => plainText({ root: cell })))
    expect(rows[0]).toEqual(['Attribute', 'Anti‑inflammatory drugs', 'Bisphosphonates'])
    expect(rows[1][0]).toBe('Mechanism')
    expect(body.filter((node) => node.type === 'list')).toHaveLength(3)

    expect(article.faq).toHaveLength(7)
    expect(article.faq[0].question).toBe('Can chronic inflammation cause osteoporosis on its own?')
    expect(article.faq[6].question).toBe('What emerging therapies target the inflammation‑bone axis?')

    const topicSlugs = article.relatedTopics.map((topic: any) => topic.slug).sort()
    expect(topicSlugs).toEqual(['gut-microbiome', 'hormone-replacement-therapy', 'inflammation', 'nf-kb-pathway', 'osteoporosis'])

    const authors = await find('authors')
    expect(authors).toHaveLength(1)
    expect(authors[0].name).toBe('Cassius Beaumont')
    expect(authors[0].location).toBe('Melbourne, Australia')
    expect(plainText(authors[0].bio)).toContain('expert in pharmaceuticals')

    const articles = await find('articles', {}, 0)
    expect(articles.map((doc) => doc.slug).sort()).toEqual([
      'allantoin-for-tattoo-aftercare',
      'fluorouracil-in-combination-with-other-cancer-treatments',
      SEED_ARTICLE,
    ])
    for (const doc of articles) expect(String(doc.author)).toBe(String(authors[0].id))

    const comments = await find('comments', {}, 0)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toBe('They dont tell u that the pharma compaines are behind the whole inflammation story, just a way to sell more meds.')
    expect(comments[0].status).toBe('pending')
    expect(String(comments[0].article)).toBe(String(article.id))
  })

  test('a second run changes nothing', async () => {
    const before = await Promise.all(
      (['articles', 'authors', 'topics', 'comments', 'media', 'claim-rules', 'moderation-events'] as const).map(
        async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs],
      ),
    )
    const [article] = await find('articles', { slug: { equals: SEED_ARTICLE } }, 0)
    const reports = await seed(payload)
    expect(reports[0].created).toEqual({})
    const after = await Promise.all(
      before.map(async ([collection]) => [collection, (await payload.count({ collection: collection as any, overrideAccess: true })).totalDocs]),
    )
    expect(after).toEqual(before)
    const [again] = await find('articles', { slug: { equals: SEED_ARTICLE } }, 0)
    expect(again.updatedAt).toBe(article.updatedAt)
  })
})
