import type { Access, FieldAccess } from 'payload'
import { hasRole, isStaff } from './roles'

export { hasRole, isStaff, ROLES } from './roles'
export type { Role } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditor: Access = ({ req }) => hasRole(req.user, 'editor')
export const isModerator: Access = ({ req }) => hasRole(req.user, 'moderator')
export const isStaffUser: Access = ({ req }) => isStaff(req.user)

/** Admins see every user; anyone else signed in sees only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** Drafts and unpublished versions stay with staff; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  isStaff(req.user) ? true : { _status: { equals: 'published' } }

/** Readers see approved comments only; moderators see the queue. */
export const approvedOrModerator: Access = ({ req }) =>
  hasRole(req.user, 'moderator') ? true : { status: { equals: 'approved' } }

export const adminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const moderatorField: FieldAccess = ({ req }) => hasRole(req.user, 'moderator')
export const noField: FieldAccess = () => false
