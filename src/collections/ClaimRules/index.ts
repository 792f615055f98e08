import type { CollectionConfig, PayloadRequest } from 'payload'
import { isModerator } from '../../access'
import type { ClaimRule } from '../../moderation'
import { moderationSettingsChanged } from '../../lib/settingsVersion'

export const CLAIM_CATEGORIES = [
  { label: 'Hidden motive / conspiracy', value: 'hidden_motive' },
  { label: 'Miracle or natural cure', value: 'miracle_cure' },
  { label: 'Stop or avoid prescribed treatment', value: 'stop_treatment' },
  { label: 'Invented or unsourced statistic', value: 'invented_statistic' },
  { label: 'Denial of established facts', value: 'fact_denial' },
] as const

/** Claim rules are data moderators edit in the admin; the screening engine receives them as input. */
export const ClaimRules: CollectionConfig = {
  slug: 'claim-rules',
  labels: { singular: 'Claim rule', plural: 'Claim rules' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'severity', 'active'],
    group: 'Moderation',
    description: 'Phrases and patterns that mark an unsupported health claim. Re-screen pending comments after a change.',
  },
  access: { read: isModerator, create: isModerator, update: isModerator, delete: isModerator },
  // Screening keeps the active rules in memory: tell it they changed.
  hooks: { afterChange: [moderationSettingsChanged], afterDelete: [moderationSettingsChanged] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 120 },
    { name: 'category', type: 'select', required: true, options: [...CLAIM_CATEGORIES] },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      admin: { description: 'Shown to moderators as the reason a comment was held.' },
    },
    {
      name: 'patterns',
      type: 'text',
      hasMany: true,
      required: true,
      admin: { description: 'Phrases (matched ignoring case and small typos) or /regular expressions/flags.' },
      validate: (value: unknown) => {
        if (!Array.isArray(value) || value.length === 0) return 'Give at least one phrase or pattern.'
        for (const pattern of value as string[]) {
          const regex = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
          if (!regex) continue
          try {
            new RegExp(regex[1], regex[2])
          } catch (error) {
            return `Pattern ${pattern} is not a valid regular expression: ${(error as Error).message}`
          }
        }
        return true
      },
    },
    { name: 'examples', type: 'text', hasMany: true, admin: { description: 'Example comments this rule should hold.' } },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'medium',
      options: ['low', 'medium', 'high'].map((value) => ({ label: value, value })),
    },
    { name: 'evidenceUrl', type: 'text', admin: { description: 'Where the evidence is, for editor notes.' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
  ],
}

export const toEngineRule = (doc: Record<string, any>): ClaimRule => ({
  id: String(doc.id),
  name: doc.name,
  category: doc.category,
  description: doc.description,
  patterns: doc.patterns ?? [],
  examples: doc.examples ?? [],
  severity: doc.severity,
  evidenceUrl: doc.evidenceUrl ?? undefined,
  active: doc.active !== false,
})

export const loadActiveRules = async (req: PayloadRequest): Promise<ClaimRule[]> => {
  const found = await req.payload.find({
    collection: 'claim-rules',
    where: { active: { equals: true } },
    limit: 1000,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs.map(toEngineRule)
}
