import type { GlobalConfig, PayloadRequest } from 'payload'
import { isAdmin, isModerator } from '../access'
import { moderationSettingsChanged } from '../lib/settingsVersion'

export interface ModerationPolicy {
  mode: 'hold_all' | 'auto_approve_clean' | 'auto_approve_trusted'
  trustedAfter: number
  reportsToRequeue: number
  maxLinks: number
  minElapsedMs: number
  notifyEmails: string[]
  webhookUrl?: string | null
}

export const DEFAULT_POLICY: ModerationPolicy = {
  mode: 'auto_approve_trusted',
  trustedAfter: 3,
  reportsToRequeue: 3,
  maxLinks: 2,
  minElapsedMs: 3000,
  notifyEmails: [],
  webhookUrl: null,
}

export const ModerationPolicyGlobal: GlobalConfig = {
  slug: 'moderation-policy',
  label: 'Moderation policy',
  admin: { group: 'Moderation' },
  access: { read: isModerator, update: isAdmin },
  // Screening keeps the policy in memory: tell it it changed.
  hooks: { afterChange: [moderationSettingsChanged] },
  fields: [
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: DEFAULT_POLICY.mode,
      options: [
        { label: 'Hold every comment for a moderator', value: 'hold_all' },
        { label: 'Publish clean comments at once', value: 'auto_approve_clean' },
        { label: 'Publish clean comments from trusted commenters', value: 'auto_approve_trusted' },
      ],
      admin: { description: 'Comments the screening flags are always held, whatever the mode.' },
    },
    {
      name: 'trustedAfter',
      type: 'number',
      min: 1,
      required: true,
      defaultValue: DEFAULT_POLICY.trustedAfter,
      admin: { description: 'A commenter is trusted after this many approved comments and no rejections.' },
    },
    { name: 'reportsToRequeue', type: 'number', min: 1, required: true, defaultValue: DEFAULT_POLICY.reportsToRequeue, admin: { description: 'Distinct reader reports that send a published comment back to the queue.' } },
    { name: 'maxLinks', type: 'number', min: 0, required: true, defaultValue: DEFAULT_POLICY.maxLinks },
    { name: 'minElapsedMs', type: 'number', min: 0, required: true, defaultValue: DEFAULT_POLICY.minElapsedMs, admin: { description: 'A form submitted faster than this (ms) counts as a spam cue.' } },
    { name: 'notifyEmails', type: 'text', hasMany: true, admin: { description: 'Told by email when a comment is held.' } },
    { name: 'webhookUrl', type: 'text', admin: { description: 'Optional: receives a JSON POST when a comment is held.' } },
  ],
}

export const loadPolicy = async (req: PayloadRequest): Promise<ModerationPolicy> => {
  const stored = (await req.payload.findGlobal({ slug: 'moderation-policy', depth: 0, overrideAccess: true, req })) as Partial<ModerationPolicy>
  const merged = { ...DEFAULT_POLICY }
  for (const key of Object.keys(DEFAULT_POLICY) as (keyof ModerationPolicy)[]) {
    if (stored[key] !== null && stored[key] !== undefined) (merged as any)[key] = stored[key]
  }
  return merged
}
