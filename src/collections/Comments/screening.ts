import type { PayloadRequest } from 'payload'
import type { ClaimRule, Verdict } from '../../moderation'
import { keyedHash } from '../../lib/hash'
import { relationId } from '../../lib/relation'
import { CLIENT_IP_HEADER } from '../../lib/clientIp'
import { moderationSettingsVersion } from '../../lib/settingsVersion'
import { loadPolicy, type ModerationPolicy } from '../../globals/ModerationPolicy'
import { loadActiveRules } from '../ClaimRules'
import { commentArticle } from './article'

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

/**
 * The engine is loaded at the first screening, not with the Payload config: Next bundles the config into its own
 * server chunks (the admin and reader pages), which never screen a comment, and each copy would otherwise build the
 * engine's patterns and models when Next preloads its pages at start-up. The server loads it before it listens
 * (server.ts warms it up), so no request waits for it.
 */
const loadEngine = () => import('../../moderation')

export const screenComment = async (
  req: PayloadRequest,
  data: Record<string, any>,
  self?: string | number,
): Promise<ScreeningOutcome> => {
  // A new comment may use settings read up to SCREENING_SETTINGS_TTL_MS ago; a re-screen (self given) reads them now.
  const { policy, rules } = await screeningSettings(req, self !== undefined)
  const commenterHash = data.authorEmail ? keyedHash(secret(req), String(data.authorEmail)) : undefined
  const clientIp = req.headers?.get(CLIENT_IP_HEADER)
  const [article, history] = await Promise.all([
    loadArticleContext(req, relationId(data.article)),
    commenterHash ? loadCommenterHistory(req, commenterHash, self) : Promise.resolve(undefined),
  ])

  const { screen } = await loadEngine()
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

interface ScreeningSettings {
  policy: ModerationPolicy
  rules: ClaimRule[]
}

let settings: { loadedAt: number; version: number; value: Promise<ScreeningSettings> } | undefined

/**
 * The policy and the active claim rules, kept in memory: every comment needs them and they change
 * rarely. Changed through this process, they are re-read at once (their hooks bump the settings
 * version); changed through another, within SCREENING_SETTINGS_TTL_MS (default 1000).
 */
export const screeningSettings = (req: PayloadRequest, fresh = false): Promise<ScreeningSettings> => {
  const ttl = Math.max(0, Number(process.env.SCREENING_SETTINGS_TTL_MS ?? 1000))
  const version = moderationSettingsVersion()
  if (!fresh && settings && settings.version === version && performance.now() - settings.loadedAt < ttl) return settings.value
  const value = Promise.all([loadPolicy(req), loadActiveRules(req)]).then(([policy, rules]) => ({ policy, rules }))
  if (!fresh) {
    const entry = { loadedAt: performance.now(), version, value }
    settings = entry
    value.catch(() => {
      if (settings === entry) settings = undefined
    })
  }
  return value
}

const loadArticleContext = async (req: PayloadRequest, id: string | number | undefined) => {
  if (id === undefined) return undefined
  const article = await commentArticle(req, id)
  if (!article) return undefined
  return {
    slug: article.slug,
    title: article.title,
    topics: (article.relatedTopics ?? []).map((topic: any) => topic?.name).filter(Boolean),
  }
}

const RECENT_WINDOW_MS = 24 * 60 * 60 * 1000
const RECENT_BODIES = 10
/** One query answers most commenters: their latest comments, counted in memory when these are all. */
const HISTORY_PAGE = 50

const loadCommenterHistory = async (req: PayloadRequest, commenterHash: string, self?: string | number) => {
  const base = { commenterHash: { equals: commenterHash } }
  const latest = await req.payload.find({
    collection: 'comments',
    where: base,
    sort: '-createdAt',
    limit: HISTORY_PAGE + 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { body: true, status: true, createdAt: true },
    req,
  })
  const docs = latest.docs as { id: string | number; body?: string; status?: string; createdAt: string }[]
  const since = Date.now() - RECENT_WINDOW_MS
  const recentBodies = docs
    .filter((doc) => Date.parse(doc.createdAt) > since)
    .slice(0, RECENT_BODIES)
    .filter((doc) => String(doc.id) !== String(self))
    .map((doc) => String(doc.body ?? ''))
  if (docs.length <= HISTORY_PAGE) {
    const count = (status: string) => docs.filter((doc) => doc.status === status).length
    return { approved: count('approved'), rejected: count('rejected'), recentBodies }
  }
  const count = (status: string) =>
    req.payload
      .count({ collection: 'comments', where: { ...base, status: { equals: status } }, overrideAccess: true, req })
      .then((result) => result.totalDocs)
  const [approved, rejected] = await Promise.all([count('approved'), count('rejected')])
  return { approved, rejected, recentBodies }
}

export type { ClaimRule }
