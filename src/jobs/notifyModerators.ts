import type { TaskConfig } from 'payload'
import { loadPolicy } from '../globals/ModerationPolicy'

/**
 * Tells moderators that a comment is waiting: an email to the policy's addresses and an optional
 * webhook. It runs as a Payload job so any app process can deliver it and a crash loses none;
 * a failed delivery is retried by the queue.
 */
export const notifyModeratorsTask: TaskConfig<{ input: { commentId: string }; output: { emailed: number; webhook: boolean } }> = {
  slug: 'notifyModerators',
  retries: 3,
  inputSchema: [{ name: 'commentId', type: 'text', required: true }],
  outputSchema: [
    { name: 'emailed', type: 'number' },
    { name: 'webhook', type: 'checkbox' },
  ],
  handler: async ({ input, req }) => {
    const policy = await loadPolicy(req)
    const found = await req.payload.find({ collection: 'comments', where: { id: { equals: input.commentId } }, depth: 1, limit: 1, overrideAccess: true, req })
    const comment = found.docs[0] as Record<string, any> | undefined
    if (!comment || comment.status !== 'pending') return { output: { emailed: 0, webhook: false } }

    const reasons: string[] = comment.moderation?.reasons ?? []
    const adminUrl = `${process.env.PUBLIC_URL ?? ''}/admin/collections/comments/${comment.id}`
    const summary = {
      event: 'comment.held',
      commentId: String(comment.id),
      article: comment.article?.title ?? null,
      excerpt: String(comment.body ?? '').slice(0, 200),
      flags: (comment.moderation?.flags ?? []).map((flag: { label: string }) => flag.label),
      reasons,
      adminUrl,
    }
    for (const to of policy.notifyEmails) {
      await req.payload.sendEmail({
        to,
        subject: `Comment awaiting review${summary.flags.length ? ` (${summary.flags.join(', ')})` : ''}`,
        text: [`On: ${summary.article}`, `"${summary.excerpt}"`, ...reasons.map((r) => `- ${r}`), `Review: ${adminUrl}`].join('\n'),
      })
    }
    let webhook = false
    if (policy.webhookUrl) {
      const response = await fetch(policy.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(summary),
        signal: AbortSignal.timeout(5000),
      })
      if (!response.ok) throw new Error(`Webhook answered ${response.status}`)
      webhook = true
    }
    return { output: { emailed: policy.notifyEmails.length, webhook } }
  },
}
