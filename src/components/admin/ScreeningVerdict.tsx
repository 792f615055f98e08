import React from 'react'

interface Span {
  start: number
  end: number
  label: string
  reason: string
}

/** Splits the comment into plain and highlighted pieces; overlapping spans are merged into the first. */
export const highlight = (text: string, spans: Span[]): { text: string; span?: Span }[] => {
  const pieces: { text: string; span?: Span }[] = []
  let cursor = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue
    if (span.start > cursor) pieces.push({ text: text.slice(cursor, span.start) })
    pieces.push({ text: text.slice(span.start, span.end), span })
    cursor = span.end
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) })
  return pieces
}

/**
 * The comment's edit view: why the screening held it, with the matched words highlighted in the text.
 * Reader text is rendered as React text nodes, never as HTML.
 */
export const ScreeningVerdict = ({ data }: { data?: Record<string, any> }) => {
  const moderation = data?.moderation ?? {}
  const reasons: string[] = moderation.reasons ?? []
  const flags: { label: string; score: number }[] = moderation.flags ?? []
  const body = String(data?.body ?? '')
  return (
    <section className="screening-verdict" aria-label="Screening verdict" style={{ margin: '1.5rem 0' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Screening</h3>
      {flags.length === 0 ? (
        <p>No flags{moderation.engineVersion ? ` (engine ${moderation.engineVersion})` : ''}.</p>
      ) : (
        <>
          <p>
            {flags.map((flag) => `${flag.label.replace('_', ' ')} (${Math.round(flag.score * 100)}%)`).join(' · ')}
            {moderation.engineVersion ? ` — engine ${moderation.engineVersion}` : ''}
          </p>
          <ul className="screening-reasons">
            {reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <blockquote className="screening-text" style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid #ccc', paddingLeft: '0.75rem' }}>
        {highlight(body, moderation.spans ?? []).map((piece, index) =>
          piece.span ? (
            <mark key={index} title={piece.span.reason} data-label={piece.span.label}>
              {piece.text}
            </mark>
          ) : (
            <React.Fragment key={index}>{piece.text}</React.Fragment>
          ),
        )}
      </blockquote>
    </section>
  )
}
