import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or it is not published yet.</p>
      <p>
        <Link href="/">See the latest articles</Link>
      </p>
    </div>
  )
}
