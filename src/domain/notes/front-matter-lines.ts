import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml'

/**
 * The file line of a top-level front-matter key, and of each item when its value is a list
 * (null for an empty item such as a bare `-`, which the parser gives no position).
 */
export type FieldLines = { line: number; itemLines: Array<number | null> }

// A node's anchor or tag is written before its value; -1 means not written.
function firstWritten(...offsets: number[]): number | null {
  const written = offsets.filter((offset) => offset >= 0)
  return written.length > 0 ? Math.min(...written) : null
}

function startOf(event: Event | undefined): number | null {
  switch (event?.type) {
    case EVENT_ID.SCALAR:
      return firstWritten(event.anchorStart, event.tagStart, event.valueStart)
    case EVENT_ID.SEQUENCE:
    case EVENT_ID.MAPPING:
      return firstWritten(event.anchorStart, event.tagStart, event.start)
    case EVENT_ID.ALIAS:
      return firstWritten(event.anchorStart)
    default:
      return null
  }
}

/** The index of the event after the node that starts at `index`, nested nodes included. */
function skipNode(events: Event[], index: number): number {
  let depth = 0
  let next = index
  do {
    const type = events[next]?.type
    if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING) depth += 1
    else if (type === EVENT_ID.POP) depth -= 1
    next += 1
  } while (depth > 0 && next < events.length)
  return next
}

function readItemStarts(events: Event[], sequenceIndex: number): Array<number | null> {
  const starts: Array<number | null> = []
  let index = sequenceIndex + 1
  while (index < events.length && events[index]?.type !== EVENT_ID.POP) {
    starts.push(startOf(events[index]))
    index = skipNode(events, index)
  }
  return starts
}

/**
 * Where each top-level key of a front-matter block is written. `firstLine` is the file line
 * of the YAML's first line (2, after the opening `---`). Call it only on YAML that loads.
 */
export function findFieldLines(yaml: string, firstLine: number): Map<string, FieldLines> {
  const lineOf = (offset: number) => firstLine + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0)
  const events = parseEvents(yaml, {})
  const fields = new Map<string, FieldLines>()
  if (events[1]?.type !== EVENT_ID.MAPPING) return fields

  let index = 2
  while (index < events.length && events[index]?.type !== EVENT_ID.POP) {
    const key = events[index]
    const valueIndex = skipNode(events, index)
    if (key?.type === EVENT_ID.SCALAR) {
      const items =
        events[valueIndex]?.type === EVENT_ID.SEQUENCE ? readItemStarts(events, valueIndex) : []
      const line = lineOf(key.valueStart)
      const itemLines = items.map((start) => (start === null ? null : lineOf(start)))
      fields.set(getScalarValue(yaml, key), { line, itemLines })
    }
    index = skipNode(events, valueIndex)
  }
  return fields
}
