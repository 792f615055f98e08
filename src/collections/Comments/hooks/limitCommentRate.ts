import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access'
import { CLIENT_IP_HEADER } from '../../../lib/clientIp'
import { keyedHash } from '../../../lib/hash'
import { consume, parseLimit, pruneHits } from '../../../lib/rateLimit'

// Defaults: 10 comments a minute from one address, 5 a minute under one email (env: "max/seconds" or "off").
const perClient = parseLimit(process.env.COMMENT_RATE_LIMIT_IP, { max: 10, windowMs: 60_000 })
const perEmail = parseLimit(process.env.COMMENT_RATE_LIMIT_EMAIL, { max: 5, windowMs: 60_000 })
const longestWindow = Math.max(perClient?.windowMs ?? 0, perEmail?.windowMs ?? 0)
let createsSincePrune = 0

/**
 * Readers' comment creation is rate-limited per client address and per email, through REST and
 * GraphQL alike (both run this operation). Staff and trusted server code (no client address) are exempt.
 */
export const limitCommentRate: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || hasRole(req.user, 'moderator', 'editor')) return args
  const clientIp = req.headers?.get(CLIENT_IP_HEADER)
  if (!clientIp) return args
  const secret = req.payload.secret
  if (perClient) await consume(req, `comment:ip:${keyedHash(secret, clientIp)}`, perClient, 'comments from your network')
  const email = (args.data as { authorEmail?: unknown } | undefined)?.authorEmail
  if (perEmail && typeof email === 'string' && email.trim()) {
    await consume(req, `comment:email:${keyedHash(secret, email)}`, perEmail, 'comments from this email address')
  }
  if (++createsSincePrune >= 200) {
    createsSincePrune = 0
    await pruneHits(req, longestWindow)
  }
  return args
}
