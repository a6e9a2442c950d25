// Network namespaces made by a test for itself, so that mesh nodes (mDNS multicast included)
// talk only inside them — never on a real interface. Each namespace is one host; each link is a
// veth pair between two of them, with addresses 10.72.L.1 and 10.72.L.2 (L: the link's index).
// Names carry a random run id, so parallel runs never collide; remove() deletes everything made
// (deleting a namespace deletes its veths). Hosts run children with `ip netns exec`.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { REPO } from './daemon-process.js'

export interface Topology {
  /** Namespace name of each host. */
  ns: Record<string, string>
  /** The address of each host on each link it has, by host then by link index. */
  addr: Record<string, string[]>
  remove(): void
}

const ip = (...args: string[]): void => { execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] }) }

/** Why namespaces cannot be made here, or null when they can (one is made and deleted to see). */
export function netnsUnavailable(): string | null {
  const name = `qpqprobe${randomBytes(3).toString('hex')}`
  try {
    ip('netns', 'add', name)
    ip('netns', 'del', name)
    return null
  } catch (err) {
    return `cannot create a network namespace (needs root and iproute2): ${(err as Error).message.split('\n')[0]}`
  }
}

/** Hosts and point-to-point links between them, e.g. (['a','b','c'], [['a','b'], ['b','c']]). */
export function makeTopology(hosts: string[], links: Array<[string, string]>): Topology {
  const run = randomBytes(3).toString('hex')
  const ns: Record<string, string> = {}
  const addr: Record<string, string[]> = {}
  const made: string[] = []
  const remove = (): void => {
    for (const n of made.splice(0)) {
      try { ip('netns', 'del', n) } catch { /* already gone */ }
    }
  }
  try {
    for (const h of hosts) {
      ns[h] = `qpq${run}${h}`
      ip('netns', 'add', ns[h])
      made.push(ns[h])
      ip('-n', ns[h], 'link', 'set', 'lo', 'up')
      addr[h] = []
    }
    links.forEach(([x, y], i) => {
      const l = i + 1
      const vx = `q${run}${l}x`
      const vy = `q${run}${l}y`
      ip('link', 'add', vx, 'netns', ns[x] as string, 'type', 'veth', 'peer', 'name', vy, 'netns', ns[y] as string)
      for (const [h, v, n] of [[x, vx, 1], [y, vy, 2]] as const) {
        ip('-n', ns[h] as string, 'addr', 'add', `10.72.${l}.${n}/24`, 'dev', v)
        ip('-n', ns[h] as string, 'link', 'set', v, 'up')
        ;(addr[h] as string[])[l] = `10.72.${l}.${n}`
      }
    })
  } catch (err) {
    remove()
    throw err
  }
  return { ns, addr, remove }
}

/** What a test file makes: topologies (removed after each test) and data directories (after the file). */
export class Scratch {
  private readonly topologies: Topology[] = []
  private readonly dirs: string[] = []

  constructor(private readonly prefix: string) {}

  topology(hosts: string[], links: Array<[string, string]>): Topology {
    const t = makeTopology(hosts, links)
    this.topologies.push(t)
    return t
  }

  dataDir(name: string): string {
    const d = mkdtempSync(path.join(tmpdir(), `${this.prefix}-${name}-`))
    this.dirs.push(d)
    return d
  }

  removeTopologies(): void {
    for (const t of this.topologies.splice(0)) t.remove()
  }

  removeDirs(): void {
    for (const d of this.dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  }
}

export interface HarnessProcess {
  child: ChildProcessWithoutNullStreams
  events: Array<Record<string, unknown>>
  /** Resolves with the first event (past or future) that matches; `pred` sees each event once, in order. */
  waitFor(pred: (e: Record<string, unknown>) => boolean, what: string, ms?: number): Promise<Record<string, unknown>>
  call(cmd: string, args?: Record<string, unknown>): Promise<Record<string, unknown>>
  /** Asks it to stop, and waits for the exit (kills it after a while). */
  stop(): Promise<void>
  exited: Promise<void>
}

/** Starts a harness in a namespace: test/helpers/mesh-harness.ts (a bare mesh node), or another (client-harness.ts). */
export function startHarness(namespace: string, config: Record<string, unknown>, script = 'test/helpers/mesh-harness.ts'): HarnessProcess {
  const child = spawn('ip', ['netns', 'exec', namespace, process.execPath, '--import', 'tsx', script, JSON.stringify(config)], { cwd: REPO })
  const events: Array<Record<string, unknown>> = []
  const waiters: Array<() => void> = []
  const replies = new Map<number, (r: Record<string, unknown>) => void>()
  const stderr: string[] = []
  let next = 1
  createInterface({ input: child.stdout }).on('line', (line) => {
    let m: Record<string, unknown>
    try { m = JSON.parse(line) as Record<string, unknown> } catch { return }
    if (typeof m.req === 'number') {
      replies.get(m.req)?.(m)
      replies.delete(m.req)
      return
    }
    events.push(m)
    for (const w of waiters.splice(0)) w()
  })
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    for (const r of replies.values()) r({ ok: false, error: `harness exited: ${stderr.join('').slice(-2000)}` })
    replies.clear()
    for (const w of waiters.splice(0)) w()
    resolve()
  }))
  const h: HarnessProcess = {
    child, events, exited,
    waitFor(pred, what, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; events: ${JSON.stringify(events.slice(-10))}; stderr: ${stderr.join('').slice(-2000)}`)), ms)
        let cursor = 0
        const check = (): void => {
          let e: Record<string, unknown> | undefined
          while (e === undefined && cursor < events.length) {
            const next = events[cursor++] as Record<string, unknown>
            if (pred(next)) e = next
          }
          if (e !== undefined) {
            clearTimeout(timer)
            resolve(e)
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer)
            reject(new Error(`harness exited while waiting for ${what}: ${stderr.join('').slice(-2000)}`))
          } else waiters.push(check)
        }
        check()
      })
    },
    call(cmd, args = {}) {
      const req = next++
      return new Promise((resolve, reject) => {
        replies.set(req, (r) => (r.ok === true ? resolve(r) : reject(new Error(`${cmd}: ${String(r.error)}`))))
        child.stdin.write(JSON.stringify({ req, cmd, ...args }) + '\n')
      })
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      try { await h.call('stop') } catch { /* exited already */ }
      await exited
      clearTimeout(killer)
    },
  }
  return h
}

/** Waits until the node has `n` links up (from its peer events, up and down). */
export function linked(h: HarnessProcess, n: number, what: string, ms?: number): Promise<unknown> {
  const up = new Set<string>()
  return h.waitFor((e) => {
    if (e.ev === 'peer') e.up === true ? up.add(e.peer as string) : up.delete(e.peer as string)
    return up.size >= n
  }, what, ms)
}
