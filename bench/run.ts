/**
 * `npm run bench`: the production server on the embedded database with the demo content plus load
 * data (200 articles, 20,000 comments), driven by autocannon for BENCH_SECONDS per scenario at
 * BENCH_CONNECTIONS connections, next to two references measured in the same run on the same machine:
 * a bare Node server sending a fixed body of the same size, and a minimal Express route calling the
 * Local API. Prints a table and writes bench/RESULTS.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'
import { buildIsStale } from '../scripts/lib/buildState'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SLUG = 'how-inflammation-drives-osteoporosis'
const dataDir = path.resolve('data/bench')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret',
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  COMMENT_RATE_LIMIT_IP: 'off',
  COMMENT_RATE_LIMIT_EMAIL: 'off',
}
// The same V8 heap budget as `npm start`: without one, V8 on a large machine lets garbage pile up to
// several hundred MB before a full collection (the live heap under this load is about 170 MB).
const HEAP_MB = process.env.BENCH_HEAP_MB ?? '384'
// --no-regexp-tier-up as in `npm start`: the screening engine's few hundred regexes run on every comment,
// and with V8's default (interpret first, compile later) many of them stayed interpreted: 2,000-character
// comments screened 1.6x slower (npm run bench:screening, with and without the flag).
const node = (script: string) => [process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--conditions=production', '--no-regexp-tier-up', '--import', 'tsx', script]] as const

const run = (script: string) => {
  const [bin, args] = node(script)
  const result = spawnSync(bin, args, { env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${script} failed`)
}

const children: ChildProcess[] = []
const start = async (script: string, port: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> => {
  const [bin, args] = node(script)
  const child = spawn(bin, args, { env: { ...env, ...extraEnv, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  child.stdout!.resume()
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${extraEnv.PROBE ?? '/healthz'}`)
      if (response.status < 500) return child
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${script} did not start`)
}
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')))

/** Peak resident memory of a process, from the kernel (VmHWM), in MB. */
const peakRssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
}

interface Row { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }
const measure = async (name: string, options: autocannon.Options): Promise<Row> => {
  // A short warm-up first: JIT, Payload's first-request initialisation, SQLite page cache.
  await autocannon({ ...options, duration: 2, connections: Math.min(CONNECTIONS, 8) })
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options })
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

// 1. Database with demo content and load data (kept between runs; delete data/bench to rebuild).
if (!fs.existsSync(path.join(dataDir, 'cms.db'))) {
  fs.mkdirSync(dataDir, { recursive: true })
  run('scripts/seed.ts')
  run('scripts/load-data.ts')
}
if (buildIsStale()) {
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('next build failed')
}

const server = await start('server.ts', 3301)
const base = 'http://127.0.0.1:3301'
const articleUrl = `/api/articles?where[slug][equals]=${SLUG}&depth=2`
const article = await (await fetch(base + articleUrl)).json()
const articleId = article.docs[0].id
const articleBody = JSON.stringify(article)
const pageQuery = JSON.stringify({
  query: `query Page($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1) { docs { id title slug excerpt publishedAt body faq { question answer }
      heroImage { url alt sizes { hero { url width height } } }
      author { name slug credentials bio photo { url alt sizes { thumbnail { url } } } }
      relatedTopics { name slug } approvedCommentCount } }
    ArticleComments(slug: $slug, sort: newest, page: 1, limit: 20) { totalDocs hasNextPage docs { id authorName body editorNote createdAt replies { id authorName body editorNote createdAt } } }
  }`,
  variables: { slug: SLUG },
})

const rows: Row[] = []
rows.push(await measure('REST article by slug (depth 2)', { url: base + articleUrl }))
rows.push(await measure('GraphQL article page query', { url: base + '/api/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, body: pageQuery }))
rows.push(await measure('REST approved comments, page 1', { url: `${base}/api/articles/${SLUG}/comments?page=1&limit=20` }))
rows.push(await measure('REST approved comments, page 50', { url: `${base}/api/articles/${SLUG}/comments?page=50&limit=20` }))
// Every comment gets its own email and text. Not autocannon's `idReplacement`: it declares a Content-Length
// for a 33-character id but inserts a shorter one, so the server waits for bytes that never come (timeouts).
let commentNumber = 0
const uniqueComment = (request: any) => {
  commentNumber += 1
  const id = `${process.pid}-${commentNumber}`
  return { ...request, body: JSON.stringify({ article: articleId, authorName: 'Bench', authorEmail: `bench-${id}@example.org`, body: `Does vitamin D timing matter? ${id}` }) }
}
rows.push(
  await measure('REST comment creation (screened)', {
    url: base + '/api/comments',
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: uniqueComment }],
  }),
)
rows.push(await measure('GET /healthz', { url: base + '/healthz' }))
const serverPeakMb = peakRssMb(server.pid!)
server.kill('SIGTERM')

const bare = await start('bench/references/bare-http.ts', 3302, { BENCH_BODY: articleBody, PROBE: '/' })
const bareRow = await measure('reference: bare Node http, same body', { url: 'http://127.0.0.1:3302/' })
bare.kill('SIGKILL')
const local = await start('bench/references/local-api-route.ts', 3303, { PROBE: `/article/${SLUG}` })
const localRow = await measure('reference: Express + Local API route', { url: `http://127.0.0.1:3303/article/${SLUG}` })
local.kill('SIGKILL')

const header = '| scenario | req/s | p50 ms | p99 ms | errors | non-2xx | ÷ bare | ÷ Local API |'
const lines = [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
for (const row of [...rows, bareRow, localRow]) {
  lines.push(`| ${row.name} | ${row.rps} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${(row.rps / bareRow.rps).toFixed(3)} | ${(row.rps / localRow.rps).toFixed(2)} |`)
}
const summary = `Server peak RSS: ${serverPeakMb} MB. ${SECONDS} s per scenario, ${CONNECTIONS} connections, article response ${articleBody.length} bytes.`

// The targets of issue 6, checked against this run's own references.
const [restArticle, graphqlPage, , , creation] = rows
const reads = rows.filter((row) => row !== creation)
const slowestRead = reads.reduce((worst, row) => (row.p99 > worst.p99 ? row : worst))
const check = (ok: boolean, text: string) => `- ${ok ? 'met' : 'MISSED'}: ${text}`
const targets = [
  check(restArticle.rps / localRow.rps >= 0.5, `REST article read ≥ 0.5 × the Local-API route (${(restArticle.rps / localRow.rps).toFixed(2)})`),
  check(graphqlPage.rps / localRow.rps >= 0.35, `GraphQL page query ≥ 0.35 × the Local-API route (${(graphqlPage.rps / localRow.rps).toFixed(2)})`),
  check(creation.rps >= 300, `comment creation ≥ 300/s (${creation.rps}/s)`),
  check(slowestRead.p99 < 50, `read p99 < 50 ms at ${CONNECTIONS} connections (worst: ${slowestRead.p99} ms, ${slowestRead.name})`),
  check(rows.every((row) => row.errors === 0 && row.non2xx === 0), 'no errors or non-2xx answers'),
  check(serverPeakMb < 600, `server peak RSS < 600 MB (${serverPeakMb} MB)`),
]
console.log(['', ...lines, '', summary, '', ...targets].join('\n'))

const entry = [`## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`, '', ...lines, '', summary, '', ...targets, ''].join('\n')
const resultsFile = path.resolve('bench/RESULTS.md')
const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8').replace(/^# .*\n+/, '') : ''
fs.writeFileSync(resultsFile, `# Benchmark results (newest first; written by \`npm run bench\`)\n\n${entry}\n${previous}`)
process.exit(0)
