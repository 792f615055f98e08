/**
 * Runs the integration suites (Local API and HTTP through supertest) against MongoDB without a MongoDB
 * install: CongoDB, a MongoDB wire-protocol server written in TypeScript, listens on a free loopback
 * port for the duration of the run. It is a stand-in, not MongoDB: tests/support/capabilities.ts
 * lists what it does not do and which tests are therefore reported as not applicable.
 *
 * Usage: npm run test:mongo [-- extra jest arguments, e.g. a test file path]
 * The exit code is Jest's; the server is stopped whatever the outcome.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'

const HOST = '127.0.0.1'

const freeLoopbackPort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/** Another process may take the probed port before the server binds it: try a few ports. */
const startStandIn = async (): Promise<CongoServer> => {
  for (let attempt = 1; ; attempt += 1) {
    const server = new CongoServer({ host: HOST, port: await freeLoopbackPort(), storage: 'memory' })
    try {
      await server.start()
      return server
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error
    }
  }
}

const runJest = (env: NodeJS.ProcessEnv, extraArgs: string[]) =>
  new Promise<number>((resolve) => {
    // --selectProjects takes several values, so it goes last: file paths before it stay paths.
    const jestBin = createRequire(import.meta.url).resolve('jest/bin/jest')
    const child = spawn(process.execPath, [jestBin, '--testTimeout=60000', ...extraArgs, '--selectProjects', 'integration'], { env, stdio: 'inherit' })
    // Ctrl-C reaches Jest through the terminal; forward a supervisor's SIGTERM so the server still stops.
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGTERM', forward)
    process.on('SIGINT', () => undefined)
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
    child.on('error', (error) => {
      console.error(`could not start Jest: ${error.message}`)
      resolve(1)
    })
  })

const main = async () => {
  const server = await startStandIn()
  const started = performance.now()
  let exitCode = 1
  try {
    const databaseUri = `mongodb://${HOST}:${server.port}/cms_test`
    console.log(`MongoDB stand-in (CongoDB) listening on ${HOST}:${server.port}; DATABASE_URI=${databaseUri}`)
    exitCode = await runJest(
      {
        ...process.env,
        DATABASE_URI: databaseUri,
        MONGODB_STANDIN: 'true',
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings'].filter(Boolean).join(' '),
      },
      process.argv.slice(2),
    )
  } finally {
    await server.stop()
    console.log(`MongoDB stand-in stopped; Jest exited with ${exitCode} after ${Math.round((performance.now() - started) / 1000)} s`)
  }
  process.exit(exitCode)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
