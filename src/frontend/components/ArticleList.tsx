import Link from 'next/link'
import type { ArticleSummary } from '../graphql'
import { formatDate } from '../format'
import { Image } from './Image'

/** A list of article cards: image, title (the link), date, author and excerpt. */
export const ArticleList = ({ articles, headingLevel = 2 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (articles.length === 0) return <p>No articles yet.</p>
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug} className="article-card">
          <Image media={article.heroImage} size="card" className="article-card__image" />
          <div>
            <Heading className="article-card__title">
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>
            </Heading>
            <p className="meta">
              {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> : null}
              {article.author ? <> · {article.author.name}</> : null}
              {article.approvedCommentCount ? <> · {article.approvedCommentCount} {article.approvedCommentCount === 1 ? 'comment' : 'comments'}</> : null}
            </p>
            {article.excerpt ? <p>{article.excerpt}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
