/**
 * Real app processes for integration tests: `server.ts` (API-only, production mode) and scripts as
 * child processes, started the way `npm start` starts them (`--conditions=production`, tsx). Every
 * child is tracked, so `killAll()` in afterAll leaves nothing running whatever the test did.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

const NODE_ARGS = ['--conditions=production', '--import', 'tsx']
const children = new Set<ChildProcess>()

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

export interface AppProcess {
  name: string
  baseUrl: string
  child: ChildProcess
  /** The last 20 kB of its stdout and stderr. */
  output: () => string
}

const collect = (child: ChildProcess) => {
  let output = ''
  const append = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  return () => output
}

/** Runs a script to completion; resolves with its output, rejects on a non-zero exit. */
export const runScript = (script: string, env: NodeJS.ProcessEnv, timeoutMs = 180_000) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    const output = collect(child)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      children.delete(child)
      if (code === 0) resolve(output())
      else reject(new Error(`${script} exited with ${code ?? signal}:\n${output().slice(-3000)}`))
    })
  })

/** Starts server.ts on a free port and resolves once /healthz answers 200. */
export const startAppProcess = async (name: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<AppProcess> => {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [...NODE_ARGS, 'server.ts'], {
    env: { ...env, PORT: String(port), SERVE_PAGES: 'false', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  const output = collect(child)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output().slice(-3000)}`)
    const health = await fetch(`${baseUrl}/healthz`).catch(() => undefined)
    if (health?.status === 200) return { name, baseUrl, child, output }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill('SIGKILL')
  throw new Error(`${name} did not become healthy in ${timeoutMs} ms:\n${output().slice(-3000)}`)
}

export const stopProcess = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill(signal)
  })

export const killAll = () => Promise.all([...children].map((child) => stopProcess(child, 'SIGKILL')))
