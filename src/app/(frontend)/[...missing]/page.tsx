import { notFound } from 'next/navigation'

// Any other path under the reader site gets the site's own 404 page (with its layout), status 404.
export default function Missing(): never {
  notFound()
}
