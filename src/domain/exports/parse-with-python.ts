import { spawnSync } from 'node:child_process'

// Reads an .ics on stdin with Debian's python3-icalendar and prints its events as JSON.
const SCRIPT = `
import json, sys
from datetime import timezone
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for ev in cal.walk('VEVENT'):
    utc = lambda key: ev.decoded(key).astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    out.append({'uid': str(ev.get('uid')), 'start': utc('dtstart'), 'end': utc('dtend'),
                'status': str(ev.get('status')), 'sequence': int(ev.get('sequence')),
                'summary': str(ev.get('summary')),
                'description': str(ev.get('description'))})
print(json.dumps(out))
`

export interface PythonEvent {
  uid: string
  start: string
  end: string
  status: string
  sequence: number
  summary: string
  description: string
}

/** Test helper: fails loudly when the interpreter or the module is missing. */
export function parseWithPython(ics: string): PythonEvent[] {
  const result = spawnSync('/usr/bin/python3', ['-c', SCRIPT], { input: ics, encoding: 'utf8' })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`python3-icalendar failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as PythonEvent[]
}
