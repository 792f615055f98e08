import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getHeapSpaceStatistics } from 'node:v8'
import { screen } from '../../src/moderation'

/**
 * Screening throughput on one core (Node runs screen() on its single main thread): comments per
 * second and p50/p99 latency per comment, for short comments and 2,000-character ones. Prints
 * figures only; nothing here asserts a timing. Run like the server, with --no-regexp-tier-up (see
 * package.json): V8 then compiles every regex natively at first use instead of interpreting it first.
 */
const fixture = fileURLToPath(new URL('../../tests/fixtures/moderation/dev.jsonl', import.meta.url))
const shortComments = readFileSync(fixture, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text as string)

const LONG_LENGTH = 2000
const longComments = shortComments.map((_, offset) => {
  let text = ''
  for (let i = offset; text.length < LONG_LENGTH; i = (i + 7) % shortComments.length) text += `${shortComments[i]} `
  // Through JSON, as a request body arrives: a slice of concatenated strings keeps V8's two-byte form whenever any
  // piece had a character beyond Latin-1, even where the slice itself has none.
  return JSON.parse(JSON.stringify(text.slice(0, LONG_LENGTH))) as string
})

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]

const measure = (name: string, comments: string[], rounds: number) => {
  for (const text of comments) screen(text) // warm-up: JIT and the compiled-rules cache
  const timings: number[] = []
  const started = process.hrtime.bigint()
  for (let round = 0; round < rounds; round++)
    for (const text of comments) {
      const t0 = process.hrtime.bigint()
      screen(text)
      timings.push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6
  timings.sort((a, b) => a - b)
  const avgChars = Math.round(comments.reduce((sum, text) => sum + text.length, 0) / comments.length)
  console.log(
    `${name.padEnd(22)} n=${timings.length}  avg ${avgChars} chars  ${Math.round((timings.length / totalMs) * 1000)} comments/s  ` +
      `p50 ${percentile(timings, 50).toFixed(3)} ms  p99 ${percentile(timings, 99).toFixed(3)} ms  max ${timings[timings.length - 1].toFixed(3)} ms`,
  )
}

console.log(`screening bench (node ${process.version}, single thread)`)
measure('short comments', shortComments, 30)
measure('2,000-char comments', longComments, 5)

// Memory: V8 keeps the native code of every regex it has compiled (once per string width it has met), next to the heap.
const megabytes = (bytes: number) => Math.round(bytes / 1048576)
const codeBytes = getHeapSpaceStatistics()
  .filter((space) => space.space_name.startsWith('code'))
  .reduce((sum, space) => sum + space.space_used_size, 0)
console.log(`memory after the run: compiled code ${megabytes(codeBytes)} MB, heap ${megabytes(process.memoryUsage().heapUsed)} MB, RSS ${megabytes(process.memoryUsage().rss)} MB`)
