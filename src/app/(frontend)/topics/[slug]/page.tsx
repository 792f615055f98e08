import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { topicBySlug } from '@/frontend/graphql'
import { ArticleList } from '@/frontend/components/ArticleList'
import { TopicLinks } from '@/frontend/components/TopicLinks'

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
      <TopicLinks topics={related} headingId="related-title" />
    </>
  )
}
