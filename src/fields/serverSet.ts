import type { Field, Validate } from 'payload'

/**
 * No validation for a field that only server code writes (a hook fills it, access stops every request from
 * setting it) or that is virtual (never stored). Payload builds the arguments of every field's validation by
 * deep-merging the stored document with the incoming data, twice, before it calls the function, even the
 * `() => true` it gives virtual fields; on a screened comment's creation those merges were an eighth of the
 * CPU time. Payload skips a field whose `validate` is falsy (and so does the admin form, which calls it only
 * when it is a function). Only for values the server has already made right: nothing checks them here.
 */
const NO_VALIDATION = false as unknown as Validate

export const serverSet = <F extends Field>(field: F): F => ({ ...field, validate: NO_VALIDATION }) as F
