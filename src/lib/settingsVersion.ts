/**
 * Moderation settings (the policy global, claim rules) are read for every new comment and change
 * rarely, so screening keeps them in memory (src/collections/Comments/screening.ts). Their hooks call
 * `moderationSettingsChanged` so this process re-reads them at once; other processes re-read them within
 * SCREENING_SETTINGS_TTL_MS. A separate module, so the collections and screening need not import each other.
 */
const state: { version: number } = ((globalThis as { __healthCmsSettings?: { version: number } }).__healthCmsSettings ??= { version: 0 })

export const moderationSettingsVersion = (): number => state.version

/** afterChange/afterDelete hook (returns the document unchanged). */
export const moderationSettingsChanged = <T extends { doc: unknown }>({ doc }: T): T['doc'] => {
  state.version += 1
  return doc
}
