import { createHmac } from 'node:crypto'

/**
 * A keyed hash identifies a commenter (by email) or a client (by IP) without storing the value in a
 * form that can be reversed by a dictionary attack on a leaked database.
 */
export const keyedHash = (secret: string, value: string): string =>
  createHmac('sha256', secret).update(value.trim().toLowerCase()).digest('hex')
