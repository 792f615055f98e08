'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { CREATE_COMMENT, type Publication } from '../mutations'
import { REPLY_EVENT } from './ReplyButton'

type Outcome = { kind: 'published' | 'awaiting_review' | 'error'; message: string } | null

const MESSAGES: Record<Publication, string> = {
  published: 'Thank you! Your comment is published.',
  awaiting_review: 'Thank you! Your comment is awaiting review by a moderator and will appear once it is approved.',
}

const idValue = (value: string | number): string | number => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)

/**
 * The reader's comment form. It posts the GraphQL mutation `createComment` from the browser, then says
 * whether the comment is published or awaiting review, and refreshes the page when it is published.
 * `website` is a honeypot (hidden from people and screen readers); `formElapsedMs` is the time since
 * the form appeared. Both are spam cues for the screening.
 */
export const CommentForm = ({ articleId, choices }: { articleId: number | string; choices: { id: string; label: string }[] }) => {
  const router = useRouter()
  const shownAt = useRef<number>(0)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [parent, setParent] = useState('')
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  useEffect(() => {
    shownAt.current = Date.now()
    const onReply = (event: Event) => {
      setParent(String((event as CustomEvent<string>).detail))
      bodyRef.current?.closest('form')?.scrollIntoView({ behavior: 'smooth', block: 'start' })
      bodyRef.current?.focus({ preventScroll: true })
    }
    window.addEventListener(REPLY_EVENT, onReply)
    return () => window.removeEventListener(REPLY_EVENT, onReply)
  }, [])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = new FormData(form)
    setSending(true)
    setOutcome(null)
    try {
      const response = await fetch('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({
          query: CREATE_COMMENT,
          variables: {
            data: {
              article: idValue(articleId),
              ...(parent ? { parent: idValue(parent) } : {}),
              authorName: String(fields.get('authorName') ?? ''),
              authorEmail: String(fields.get('authorEmail') ?? ''),
              body: String(fields.get('body') ?? ''),
              website: String(fields.get('website') ?? ''),
              formElapsedMs: shownAt.current ? Date.now() - shownAt.current : 0,
            },
          },
        }),
      })
      const result = (await response.json().catch(() => ({}))) as {
        data?: { createComment?: { publication?: Publication } | null }
        errors?: { message: string }[]
      }
      const publication = result.data?.createComment?.publication
      if (!publication) {
        const reason = result.errors?.[0]?.message
        setOutcome({ kind: 'error', message: `Your comment could not be sent${reason ? `: ${reason}` : '.'} Please check the form and try again.` })
        return
      }
      setOutcome({ kind: publication, message: MESSAGES[publication] })
      ;(form.elements.namedItem('body') as HTMLTextAreaElement).value = ''
      setParent('')
      shownAt.current = Date.now()
      if (publication === 'published') router.refresh()
    } catch {
      setOutcome({ kind: 'error', message: 'Your comment could not be sent (network error). Please try again.' })
    } finally {
      setSending(false)
    }
  }

  return (
    <form id="comment-form" className="comment-form" onSubmit={submit} aria-labelledby="comment-form-title">
      <h3 id="comment-form-title">Leave a comment</h3>
      <p className="meta">Comments are read by our moderators. Your email is never shown.</p>
      <div className="field">
        <label htmlFor="comment-name">Name</label>
        <input id="comment-name" name="authorName" type="text" required maxLength={80} autoComplete="name" />
      </div>
      <div className="field">
        <label htmlFor="comment-email">Email</label>
        <input id="comment-email" name="authorEmail" type="email" required autoComplete="email" />
      </div>
      {choices.length > 0 ? (
        <div className="field">
          <label htmlFor="comment-parent">Reply to</label>
          <select id="comment-parent" name="parent" value={parent} onChange={(event) => setParent(event.target.value)}>
            <option value="">Nobody (a new comment)</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="comment-body">Comment</label>
        <textarea id="comment-body" name="body" required rows={5} maxLength={5000} ref={bodyRef} />
      </div>
      <div className="hp" aria-hidden="true">
        <label htmlFor="comment-website">Website (leave empty)</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button" disabled={sending}>
        {sending ? 'Sending…' : 'Post comment'}
      </button>
      <p role="status" aria-live="polite" className={outcome ? `form-status form-status--${outcome.kind}` : 'form-status'}>
        {outcome?.message}
      </p>
    </form>
  )
}
