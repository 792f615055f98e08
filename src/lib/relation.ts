/** The id of a relationship value, whether it arrives as an id or as a populated document. */
export const relationId = (value: unknown): string | number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return undefined
}
