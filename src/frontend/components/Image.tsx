import type { MediaDoc } from '../graphql'

type Size = 'thumbnail' | 'card' | 'hero'

/** An uploaded image at the named size (falling back to the original), with its alt text. */
export const Image = ({ media, size, className, eager = false }: { media: MediaDoc | null | undefined; size: Size; className?: string; eager?: boolean }) => {
  if (!media) return null
  const variant = media.sizes?.[size]
  const src = variant?.url || media.url
  if (!src) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload already made the sizes; no optimiser needed.
    <img
      className={className}
      src={src}
      alt={media.alt ?? ''}
      width={variant?.width ?? media.width ?? undefined}
      height={variant?.height ?? media.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
