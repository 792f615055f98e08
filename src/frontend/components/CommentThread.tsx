import type { ThreadedComment } from '../graphql'
import { formatDate } from '../format'
import { ReplyButton } from './ReplyButton'

/**
 * Approved comments with their replies nested underneath. Everything a reader wrote is rendered as
 * React text (never as HTML); line breaks are kept by CSS (white-space: pre-line).
 */
export const CommentThread = ({ comments, level = 0 }: { comments: ThreadedComment[]; level?: number }) => (
  <ol className={level === 0 ? 'comments' : 'comments comments--replies'}>
    {comments.map((comment) => (
      <li key={comment.id} id={`comment-${comment.id}`}>
        <article className="comment" aria-labelledby={`comment-${comment.id}-by`}>
          <header className="comment__header">
            <span id={`comment-${comment.id}-by`} className="comment__author">
              {comment.authorName}
            </span>{' '}
            <time className="meta" dateTime={comment.createdAt}>
              {formatDate(comment.createdAt)}
            </time>
          </header>
          <p className="comment__body">{comment.body}</p>
          {comment.editorNote ? (
            <aside className="editor-note" aria-label="Editor's note">
              <strong>Editor&rsquo;s note:</strong> <span className="editor-note__text">{comment.editorNote}</span>
            </aside>
          ) : null}
          <ReplyButton id={comment.id} authorName={comment.authorName} />
        </article>
        {comment.replies.length > 0 ? <CommentThread comments={comment.replies} level={level + 1} /> : null}
      </li>
    ))}
  </ol>
)

/** Every comment of the page, flattened, for the form's "reply to" choice. */
export const replyChoices = (comments: ThreadedComment[]): { id: string; label: string }[] =>
  comments.flatMap((comment) => [
    { id: comment.id, label: `${comment.authorName}: ${comment.body.length > 60 ? `${comment.body.slice(0, 60)}…` : comment.body}` },
    ...replyChoices(comment.replies),
  ])
