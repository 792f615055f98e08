/**
 * GraphQL the browser sends (kept apart from graphql.ts, which is server-only). The comment form posts
 * to /api/graphql itself so the rate limits and screening see the reader's own request.
 */
export const CREATE_COMMENT = `mutation CreateComment($data: mutationCommentInput!) { createComment(data: $data) { id publication } }`

export type Publication = 'published' | 'awaiting_review'
