import type { Payload } from 'payload'
import { contentGeneration, ensureCoherent, onChange } from './changes'

/**
 * A bounded in-memory map of values derived from public content, kept correct the one way every cache
 * here must be (src/lib/changes.ts): emptied on every content change, checked against the shared marker
 * before use, and never given a value computed while a change happened. Least recently used entries go
 * first when `maxEntries` or `maxBytes` (measured by `sizeOf`) is exceeded.
 */
export interface ContentCache<V> {
  /** Await before `get`: re-reads the shared marker when due (undefined when no wait is needed). */
  ready: (payload: Payload) => Promise<void> | undefined
  get: (key: string) => V | undefined
  /** Take before computing a value; hand it to `set`. */
  begin: () => number
  /** Stores the value unless content changed since `begin`; returns whether it did. */
  set: (key: string, value: V, since: number) => boolean
  /**
   * `ready`, `get`, `begin` and `set` in one: the cached value for `key`, else `compute()`'s, stored
   * unless content changed while it ran (an undefined result is not stored).
   */
  load: (payload: Payload, key: string, compute: () => Promise<V | undefined>) => Promise<V | undefined>
  clear: () => void
  readonly size: number
}

export const createContentCache = <V>({
  maxEntries,
  maxBytes = Number.POSITIVE_INFINITY,
  sizeOf = () => 0,
}: {
  maxEntries: number
  maxBytes?: number
  sizeOf?: (value: V, key: string) => number
}): ContentCache<V> => {
  const entries = new Map<string, { value: V; size: number }>()
  let bytes = 0
  const clear = () => {
    entries.clear()
    bytes = 0
  }
  onChange(clear)

  const get = (key: string): V | undefined => {
    const entry = entries.get(key)
    if (!entry) return undefined
    // Most recently used last, so eviction takes the coldest.
    entries.delete(key)
    entries.set(key, entry)
    return entry.value
  }

  const set = (key: string, value: V, since: number): boolean => {
    if (since !== contentGeneration()) return false
    const previous = entries.get(key)
    if (previous) bytes -= previous.size
    const size = sizeOf(value, key)
    entries.set(key, { value, size })
    bytes += size
    for (const [oldest, old] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break
      entries.delete(oldest)
      bytes -= old.size
    }
    return true
  }

  return {
    ready: ensureCoherent,
    get,
    begin: contentGeneration,
    set,
    load: async (payload, key, compute) => {
      const coherent = ensureCoherent(payload)
      if (coherent) await coherent
      const cached = get(key)
      if (cached !== undefined) return cached
      const since = contentGeneration()
      const value = await compute()
      if (value !== undefined) set(key, value, since)
      return value
    },
    clear,
    get size() {
      return entries.size
    },
  }
}
