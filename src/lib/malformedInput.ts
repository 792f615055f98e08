import type { AfterErrorHook } from 'payload'

type Wrapped = { cause?: unknown; originalError?: unknown; message?: unknown }

/**
 * libsql refuses NaN/Infinity as query parameters; Payload produces them from ids or filters like "abc".
 * On MongoDB, Mongoose throws a CastError for a value that cannot be an ObjectId (e.g. where[id][in]=abc).
 */
const isMalformedValueError = (error: unknown): boolean => {
  // GraphQL wraps the error (originalError); Drizzle wraps libsql's (cause).
  let current = error as Wrapped | undefined
  for (let hops = 0; current && hops < 5; hops += 1) {
    if (current instanceof RangeError && /finite numbers/i.test(String(current.message))) return true
    if ((current as { name?: unknown }).name === 'CastError') return true
    const wrapped: Wrapped = current
    current = (wrapped.originalError ?? wrapped.cause) as Wrapped | undefined
  }
  return false
}

/**
 * A malformed id or number in the request (e.g. GET /api/comments/abc on SQLite, where ids are numbers,
 * or where[id][in]=abc on MongoDB, where ids are ObjectIds)
 * is the client's mistake: answer 404 for an id in the path, 400 for a filter value, never a 500.
 */
export const answerMalformedInput: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isMalformedValueError(error)) return
  const id = req.routeParams?.id
  const [status, message] =
    id !== undefined
      ? [404, `Nothing found with id "${String(id).slice(0, 100)}".`]
      : [400, 'The request contains an id or number that is not valid.']
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: status } } }
  return { status, response: { errors: [{ message }] } }
}
