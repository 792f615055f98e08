import Link from 'next/link'

/** The "Related topics" tag list under an article or a topic; renders nothing when there are none. */
export const TopicLinks = ({ topics, headingId }: { topics: { slug: string; name: string }[]; headingId: string }) => {
  if (topics.length === 0) return null
  return (
    <nav className="related-topics" aria-labelledby={headingId}>
      <h2 id={headingId}>Related topics</h2>
      <ul className="tags">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
