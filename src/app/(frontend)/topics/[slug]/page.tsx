import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { topicBySlug } from '@/frontend/graphql'
import { ArticleList } from '@/frontend/components/ArticleList'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await topicBySlug((await params).slug)
  return found ? { title: found.topic.name, description: found.topic.summary ?? undefined } : { title: 'Page not found' }
}

export default async function TopicPage({ params }: Props) {
  const found = await topicBySlug((await params).slug)
  if (!found) notFound()
  const { topic, articles } = found
  const related = topic.relatedTopics ?? []
  return (
    <>
      <p className="meta">Topic</p>
      <h1>{topic.name}</h1>
      {topic.summary ? <p className="lead">{topic.summary}</p> : null}
      <section aria-labelledby="topic-articles">
        <h2 id="topic-articles">Articles</h2>
        <ArticleList articles={articles} headingLevel={3} />
      </section>
      {related.length > 0 ? (
        <nav className="related-topics" aria-labelledby="related-title">
          <h2 id="related-title">Related topics</h2>
          <ul className="tags">
            {related.map((other) => (
              <li key={other.slug}>
                <Link href={`/topics/${other.slug}`}>{other.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  )
}
