// How the CLI prints events: one line each. Plain mode prints messages to stdout as
// "alice: hi" (direct) or "[team] alice: hi" (group), line breaks in a message escaped, and
// everything else as a "* …" notice on stderr; --json prints every event as one JSON object a
// line on stdout, byte fields in hex.
import type { ChatEvent } from '../chat/events.js'

const oneLine = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n')

function plainLine(e: ChatEvent): { stream: 'stdout' | 'stderr'; line: string } {
  switch (e.type) {
    case 'message': return { stream: 'stdout', line: `${e.kind === 'group' ? `[${e.conversation}] ` : ''}${e.from}: ${oneLine(e.text)}` }
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
