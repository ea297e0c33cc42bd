import type { Priority } from '@/contract/action-items'
import { isValidCalendarDate } from '@/domain/action-items/calendar-date'
import {
  dataviewFieldPattern,
  dataviewPriorities,
  dataviewSpecs,
  dateFields,
  emojiFieldPatterns,
  priorityEmoji,
  priorityPattern,
  trailingTagPattern,
  type FieldName,
} from './signifiers'
import type { TaskLine } from './task-line'

export type FieldReading = { fields: TaskLine; trailingTags: string[] }

function setField(reading: FieldReading, field: FieldName, value: string, written: string) {
  const { fields } = reading
  const kept = fields[field]
  if (kept !== null) {
    const message = `${written} is given twice; the last one (${kept}) is kept`
    fields.warnings.push({ code: 'unread-signifier', message })
    return
  }
  fields[field] = value
  if (dateFields.has(field) && !isValidCalendarDate(value)) {
    const message = `${field} date ${value} does not exist; kept as written`
    fields.warnings.push({ code: 'invalid-date', message })
  }
}

function setPriority(reading: FieldReading, priority: Priority, written: string) {
  if (reading.fields.priority !== 'none') {
    const message = `${written} is a second priority; ${reading.fields.priority} is kept`
    reading.fields.warnings.push({ code: 'unread-signifier', message })
    return
  }
  reading.fields.priority = priority
}

function readDataviewField(reading: FieldReading, match: RegExpExecArray): boolean {
  const [, written = '', open, key = '', value = '', close] = match
  if ((open === '[') !== (close === ']')) return false
  if (key === 'priority') {
    if (!dataviewPriorities.has(value)) return false
    setPriority(reading, value as Priority, written)
    return true
  }
  const spec = dataviewSpecs.get(key)
  if (!spec || !spec.valuePattern.test(value)) return false
  setField(reading, spec.field, value, written)
  return true
}

/** Reads one field or tag off the end of `text`; returns the shorter text, or null. */
export function readLastField(text: string, reading: FieldReading): string | null {
  const priority = priorityPattern.exec(text)
  if (priority) {
    setPriority(reading, priorityEmoji[priority[1] ?? ''] ?? 'none', priority[0])
    return text.slice(0, priority.index)
  }
  for (const { field, pattern } of emojiFieldPatterns) {
    const match = pattern.exec(text)
    if (!match) continue
    setField(reading, field, (match[1] ?? '').trim(), match[0])
    return text.slice(0, match.index)
  }
  const tag = trailingTagPattern.exec(text)
  if (tag) {
    reading.trailingTags.unshift(tag[1] ?? '')
    return text.slice(0, tag.index)
  }
  const dataview = dataviewFieldPattern.exec(text)
  if (dataview && readDataviewField(reading, dataview)) return text.slice(0, dataview.index)
  return null
}
