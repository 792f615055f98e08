/**
 * Reader-supplied text is stored as plain text: Unicode NFC, no control characters (NUL included,
 * which SQLite and BSON treat differently), no bidi overrides that could disguise a comment, and
 * trimmed. Line breaks and tabs survive.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

export const cleanText = (value: unknown): unknown =>
  typeof value === 'string' ? value.normalize('NFC').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim() : value
