import Link from 'next/link'
import { latestArticles } from '@/frontend/graphql'
import { pageParam } from '@/frontend/format'
import { ArticleList } from '@/frontend/components/ArticleList'

// Rendered per request from the in-process cache, which Payload's change hooks clear: no timers.
export const dynamic = 'force-dynamic'

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageParam((await searchParams).page)
  const articles = await latestArticles(page)
  return (
    <>
      <h1>Latest articles</h1>
      <ArticleList articles={articles.docs} />
      {articles.hasPrevPage || articles.hasNextPage ? (
        <nav aria-label="Pages" className="pager">
          {articles.hasPrevPage ? <Link href={page - 1 === 1 ? '/' : `/?page=${page - 1}`}>Newer articles</Link> : <span />}
          {articles.hasNextPage ? <Link href={`/?page=${page + 1}`}>Older articles</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
