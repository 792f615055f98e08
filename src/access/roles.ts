import type { Access, FieldAccess, PayloadRequest } from 'payload'

/** Staff roles. A user holds at least one; admins can do everything moderators and editors can. */
export const ROLES = ['admin', 'editor', 'moderator'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  if (!user || user.collection !== 'users') return false
  const held = (user as { roles?: Role[] }).roles ?? []
  return held.includes('admin') || roles.some((role) => held.includes(role))
}

export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'editor', 'moderator')
