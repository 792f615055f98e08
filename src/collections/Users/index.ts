import type { CollectionConfig } from 'payload'
import { adminField, isAdmin, isAdminOrSelf, isStaff, ROLES } from '../../access'
import { rejectDuplicateEmail } from './hooks/rejectDuplicateEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: 'Admin' },
  auth: {
    maxLoginAttempts: Number(process.env.LOGIN_MAX_ATTEMPTS ?? 5),
    lockTime: Number(process.env.LOGIN_LOCK_MS ?? 10 * 60 * 1000),
    tokenExpiration: 60 * 60 * 8,
  },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeValidate: [rejectDuplicateEmail] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      // Only admins grant or change roles, so nobody can promote themselves.
      access: { create: adminField, update: adminField },
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'A user needs at least one role.',
      saveToJWT: true,
    },
  ],
}
