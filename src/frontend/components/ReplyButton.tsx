'use client'

export const REPLY_EVENT = 'comment-reply'

/** Points the comment form at this comment (the form listens for the event) and moves focus there. */
export const ReplyButton = ({ id, authorName }: { id: string; authorName: string }) => (
  <button type="button" className="link-button" onClick={() => window.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: id }))}>
    Reply<span className="visually-hidden"> to {authorName}</span>
  </button>
)
