// How the CLI prints events: one line each. Plain mode prints messages to stdout as
// "alice: hi" (direct) or "[team] alice: hi" (group), line breaks in a message escaped, a file
// as "alice: [file report.pdf, 12.3 KiB] caption (qpq blob get REF --out report.pdf)", and
// everything else as a "* …" notice on stderr; --json prints every event as one JSON object a
// line on stdout, byte fields in hex.
import type { ChatEvent } from '../chat/events.js'
import type { FileRef } from '../mls/payload.js'

const oneLine = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n')

/** A sender's file name as something safe to show and to pass to a shell: no directories, no control characters. */
export function safeFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '_').trim()
  return base === '' || base === '.' || base === '..' ? 'file' : base
}

const shellQuote = (s: string): string => (/^[\w.,:+@%=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const units = ['KiB', 'MiB', 'GiB']
  let n = bytes / 1024
  let u = 0
  while (n >= 1024 && u < units.length - 1) { n /= 1024; u++ }
  return `${n.toFixed(1)} ${units[u] as string}`
}

function fileLine(f: FileRef, caption: string): string {
  const name = safeFileName(f.name)
  return `[file ${oneLine(name)}, ${size(f.size)}]${caption === '' ? '' : ` ${oneLine(caption)}`} (qpq blob get ${shellQuote(f.ref)} --out ${shellQuote(name)})`
}

function plainLine(e: ChatEvent): { stream: 'stdout' | 'stderr'; line: string } {
  switch (e.type) {
    case 'message': return { stream: 'stdout', line: `${e.kind === 'group' ? `[${e.conversation}] ` : ''}${e.from}: ${e.file === undefined ? oneLine(e.text) : fileLine(e.file, e.text)}` }
    case 'joined': return { stream: 'stderr', line: `* joined ${e.kind === 'group' ? `group ${e.conversation}` : `a conversation with ${e.conversation}`} (members: ${e.members.join(', ') || 'none'})` }
    case 'members': return { stream: 'stderr', line: `* ${e.conversation}: ${[...e.added.map((n) => `+${n}`), ...e.removed.map((n) => `-${n}`)].join(' ')}${e.by === null ? '' : ` (by ${e.by})`}` }
    case 'removed': return { stream: 'stderr', line: `* you were removed from ${e.conversation}${e.by === null ? '' : ` by ${e.by}`}` }
    case 'renamed': return { stream: 'stderr', line: `* a group you joined is named ${e.conversation} (by ${e.from})` }
    case 'dropped': return { stream: 'stderr', line: `* dropped message ${e.seq}: ${e.reason}` }
  }
}

export function jsonLine(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
}

export function printEvent(e: ChatEvent, json: boolean): void {
  if (json) {
    process.stdout.write(`${jsonLine(e)}\n`)
    return
  }
  const { stream, line } = plainLine(e)
  process[stream].write(`${line}\n`)
}

/** A notice of the command itself ("* no new messages"): stderr, or with --json its event as a JSON line on stdout. */
export function printNotice(text: string, json = false, event?: Record<string, unknown>): void {
  if (json && event !== undefined) process.stdout.write(`${jsonLine(event)}\n`)
  else if (!json) process.stderr.write(`* ${text}\n`)
}
