import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { articleBySlug, articleComments } from '@/frontend/graphql'
import { formatDate, jsonLd, pageParam } from '@/frontend/format'
import { RichText } from '@/frontend/components/RichText'
import { Image } from '@/frontend/components/Image'
import { CommentThread, replyChoices } from '@/frontend/components/CommentThread'
import { CommentForm } from '@/frontend/components/CommentForm'
import { TopicLinks } from '@/frontend/components/TopicLinks'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  if (!article) return { title: 'Page not found' }
  return {
    title: article.seo?.title || article.title,
    description: article.seo?.description || article.excerpt || undefined,
    alternates: { canonical: `/articles/${article.slug}` },
  }
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params
  const article = await articleBySlug(slug)
  if (!article) notFound()
  const commentsPage = pageParam((await searchParams).comments)
  const comments = await articleComments(slug, commentsPage)
  const faq = article.faq ?? []
  const author = article.author
  const topics = article.relatedTopics ?? []

  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article__header">
        <h1 id="article-title">{article.title}</h1>
        <p className="meta">
          {article.publishedAt ? (
            <>
              Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          ) : null}
          {author ? (
            <>
              {' '}
              by <Link href={`/authors/${author.slug}`}>{author.name}</Link>
            </>
          ) : null}
        </p>
        {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
        <Image media={article.heroImage} size="hero" className="hero-image" eager />
      </header>

      <RichText data={article.body} className="prose" />

      {faq.length > 0 ? (
        <section className="faq" aria-labelledby="faq-title">
          <h2 id="faq-title">Frequently asked questions</h2>
          <dl>
            {faq.map((entry, index) => (
              <div key={index} className="faq__entry">
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            ))}
          </dl>
          <script
            type="application/ld+json"
            // JSON-LD is the one place HTML is set directly; `<` is escaped so text cannot end the script.
            dangerouslySetInnerHTML={{
              __html: jsonLd({
                '@context': 'https://schema.org',
                '@type': 'FAQPage',
                mainEntity: faq.map((entry) => ({
                  '@type': 'Question',
                  name: entry.question,
                  acceptedAnswer: { '@type': 'Answer', text: entry.answer },
                })),
              }),
            }}
          />
        </section>
      ) : null}

      {author ? (
        <section className="author-box" aria-labelledby="author-box-title">
          <Image media={author.photo} size="thumbnail" className="author-box__photo" eager />
          <div>
            <h2 id="author-box-title" className="author-box__title">
              About the author: <Link href={`/authors/${author.slug}`}>{author.name}</Link>
            </h2>
            {author.credentials ? <p className="meta author-box__credentials">{author.credentials}</p> : null}
            <RichText data={author.bio} className="author-box__bio" />
          </div>
        </section>
      ) : null}

      <TopicLinks topics={topics} headingId="topics-title" />

      <section className="discussion" aria-labelledby="comments-title">
        <h2 id="comments-title">
          Comments <span className="meta">({comments.totalDocs})</span>
        </h2>
        {comments.docs.length > 0 ? <CommentThread comments={comments.docs} /> : <p>No comments yet. Ask a question or share your experience.</p>}
        {comments.hasPrevPage || comments.hasNextPage ? (
          <nav aria-label="Comment pages" className="pager">
            {comments.hasPrevPage ? <Link href={`/articles/${slug}?comments=${commentsPage - 1}#comments-title`}>Earlier comments</Link> : <span />}
            {comments.hasNextPage ? <Link href={`/articles/${slug}?comments=${commentsPage + 1}#comments-title`}>Later comments</Link> : null}
          </nav>
        ) : null}
        <CommentForm articleId={article.id} choices={replyChoices(comments.docs)} />
      </section>
    </article>
  )
}
