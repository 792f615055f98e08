import fs from 'node:fs'
import path from 'node:path'

const SOURCES = ['src', 'payload.config.ts', 'next.config.ts', 'package.json']

const newestMtime = (entry: string): number => {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs)
}

/** A production build is needed when there is none, or when a source changed after it was made. */
export const buildIsStale = (dir = '.next'): boolean => {
  const buildId = path.join(dir, 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const builtAt = fs.statSync(buildId).mtimeMs
  return SOURCES.some((source) => newestMtime(source) > builtAt)
}
