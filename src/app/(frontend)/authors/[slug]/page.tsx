import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { authorBySlug } from '@/frontend/graphql'
import { ArticleList } from '@/frontend/components/ArticleList'
import { Image } from '@/frontend/components/Image'
import { RichText } from '@/frontend/components/RichText'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await authorBySlug((await params).slug)
  return found ? { title: found.author.name, description: found.author.credentials ?? undefined } : { title: 'Page not found' }
}

export default async function AuthorPage({ params }: Props) {
  const found = await authorBySlug((await params).slug)
  if (!found) notFound()
  const { author, articles } = found
  return (
    <>
      <header className="author-header">
        <Image media={author.photo} size="thumbnail" className="author-header__photo" eager />
        <div>
          <p className="meta">Author</p>
          <h1>{author.name}</h1>
          {author.credentials ? <p className="author-box__credentials">{author.credentials}</p> : null}
          {author.location ? <p className="meta">{author.location}</p> : null}
        </div>
      </header>
      <RichText data={author.bio} className="prose" />
      {author.expertise?.length ? (
        <section aria-labelledby="expertise-title">
          <h2 id="expertise-title">Expertise</h2>
          <ul className="tags tags--plain">
            {author.expertise.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="author-articles">
        <h2 id="author-articles">Articles by {author.name}</h2>
        <ArticleList articles={articles} headingLevel={3} />
      </section>
    </>
  )
}
