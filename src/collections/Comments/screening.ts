import type { PayloadRequest } from 'payload'
import { screen, type ClaimRule, type Verdict } from '../../moderation'
import { keyedHash } from '../../lib/hash'
import { relationId } from '../../lib/relation'
import { CLIENT_IP_HEADER } from '../../lib/clientIp'
import { loadPolicy, type ModerationPolicy } from '../../globals/ModerationPolicy'
import { loadActiveRules } from '../ClaimRules'

/**
 * The Payload side of screening: gather what the pure engine needs (article, active rules, policy,
 * the commenter's recent comments and history), call it, and turn its verdict into stored fields and
 * a first status. The engine itself never touches the database.
 */
export interface ScreeningOutcome {
  verdict: Verdict
  status: 'pending' | 'approved'
  fields: Record<string, unknown>
}

const secret = (req: PayloadRequest) => req.payload.secret

export const screenComment = async (
  req: PayloadRequest,
  data: Record<string, any>,
  self?: string | number,
): Promise<ScreeningOutcome> => {
  const [policy, rules] = await Promise.all([loadPolicy(req), loadActiveRules(req)])
  const commenterHash = data.authorEmail ? keyedHash(secret(req), String(data.authorEmail)) : undefined
  const clientIp = req.headers?.get(CLIENT_IP_HEADER)
  const [article, history] = await Promise.all([
    loadArticleContext(req, relationId(data.article)),
    commenterHash ? loadCommenterHistory(req, commenterHash, self) : Promise.resolve(undefined),
  ])

  const verdict = screen(String(data.body ?? ''), {
    rules,
    context: {
      article,
      honeypot: typeof data.website === 'string' ? data.website : undefined,
      elapsedMs: typeof data.formElapsedMs === 'number' ? data.formElapsedMs : undefined,
      recentBodies: history?.recentBodies,
    },
    policy: { maxLinks: policy.maxLinks, minElapsedMs: policy.minElapsedMs },
  })

  return {
    verdict,
    status: firstStatus(verdict, policy, history),
    fields: {
      ...verdictFields(verdict),
      commenterHash,
      clientHash: clientIp ? keyedHash(secret(req), clientIp) : undefined,
    },
  }
}

/** Flagged comments are always held; clean ones follow the policy. */
export const firstStatus = (
  verdict: Verdict,
  policy: ModerationPolicy,
  history?: { approved: number; rejected: number },
): 'pending' | 'approved' => {
  if (verdict.decision === 'hold') return 'pending'
  if (policy.mode === 'auto_approve_clean') return 'approved'
  if (policy.mode === 'auto_approve_trusted' && history && history.rejected === 0 && history.approved >= policy.trustedAfter)
    return 'approved'
  return 'pending'
}

export const verdictFields = (verdict: Verdict): Record<string, unknown> => ({
  score: verdict.flags.reduce((max, flag) => Math.max(max, flag.score), 0),
  flagSummary: verdict.flags.map((flag) => flag.label).join(', '),
  moderation: {
    decision: verdict.decision,
    flags: verdict.flags,
    reasons: verdict.reasons,
    spans: verdict.spans,
    engineVersion: verdict.engineVersion,
    screenedAt: new Date().toISOString(),
  },
})

const loadArticleContext = async (req: PayloadRequest, id: string | number | undefined) => {
  if (id === undefined) return undefined
  const found = await req.payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { title: true, slug: true, relatedTopics: true },
    req,
  })
  const article = found.docs[0] as Record<string, any> | undefined
  if (!article) return undefined
  return {
    slug: article.slug,
    title: article.title,
    topics: (article.relatedTopics ?? []).map((topic: any) => topic?.name).filter(Boolean),
  }
}

const RECENT_WINDOW_MS = 24 * 60 * 60 * 1000

const loadCommenterHistory = async (req: PayloadRequest, commenterHash: string, self?: string | number) => {
  const base = { commenterHash: { equals: commenterHash } }
  const count = (status: string) =>
    req.payload
      .count({ collection: 'comments', where: { ...base, status: { equals: status } }, overrideAccess: true, req })
      .then((result) => result.totalDocs)
  const [approved, rejected, recent] = await Promise.all([
    count('approved'),
    count('rejected'),
    req.payload.find({
      collection: 'comments',
      where: { ...base, createdAt: { greater_than: new Date(Date.now() - RECENT_WINDOW_MS).toISOString() } },
      sort: '-createdAt',
      limit: 10,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { body: true, createdAt: true },
      req,
    }),
  ])
  const others = recent.docs.filter((doc: any) => String(doc.id) !== String(self))
  return { approved, rejected, recentBodies: others.map((doc: any) => String(doc.body ?? '')) }
}

export type { ClaimRule }
