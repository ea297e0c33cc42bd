import { Temporal } from 'temporal-polyfill'
import type { z } from 'zod'
import { rotaSchema, type Layer, type Rota } from '@/contract/rota'
import { isValidTimeZone, weekdayOf } from './time'

export type ParseRotaResult = { ok: true; rota: Rota } | { ok: false; message: string }

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text ? `${text}.${String(key)}` : String(key)
  }, '')
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`)
    .join('\n')
}

function isRealDate(value: string): boolean {
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' })
    return true
  } catch {
    return false
  }
}

function checkLayer(layer: Layer, at: string, people: Set<string> | null): string[] {
  const problems: string[] = []
  const { rotation } = layer
  if (!isValidTimeZone(layer.timeZone)) {
    problems.push(`${at}.timeZone: unknown IANA time zone "${layer.timeZone}"`)
  }
  if (!isRealDate(rotation.anchor)) {
    problems.push(`${at}.rotation.anchor: "${rotation.anchor}" is not a real calendar date`)
  } else if (rotation.kind === 'weekly' && rotation.handoffDay) {
    const day = weekdayOf(Temporal.PlainDate.from(rotation.anchor))
    if (day !== rotation.handoffDay) {
      problems.push(
        `${at}.rotation.anchor: ${rotation.anchor} is a ${day}, ` +
          `but handoffDay is ${rotation.handoffDay}`,
      )
    }
  }
  if (rotation.kind === 'weekly' && !rotation.handoffDay) {
    problems.push(`${at}.rotation.handoffDay: required when kind is "weekly"`)
  }
  if (rotation.kind === 'every_n_days' && rotation.everyDays === undefined) {
    problems.push(`${at}.rotation.everyDays: required when kind is "every_n_days"`)
  }
  rotation.members.forEach((member, index) => {
    if (people && !people.has(member)) {
      problems.push(`${at}.rotation.members[${index}]: unknown person "${member}"`)
    }
  })
  return problems
}

function checkRota(rota: Rota, people: Set<string> | null): string[] {
  const problems: string[] = []
  if (!isValidTimeZone(rota.customerTimeZone)) {
    problems.push(`customerTimeZone: unknown IANA time zone "${rota.customerTimeZone}"`)
  }
  const layerIds = new Set<string>()
  rota.layers.forEach((layer, index) => {
    if (layerIds.has(layer.id)) problems.push(`layers[${index}].id: duplicate layer "${layer.id}"`)
    layerIds.add(layer.id)
    problems.push(...checkLayer(layer, `layers[${index}]`, people))
  })
  rota.overrides.forEach((override, index) => {
    const at = `overrides[${index}]`
    if (!layerIds.has(override.layerId))
      problems.push(`${at}.layerId: no layer "${override.layerId}"`)
    if (Date.parse(override.end) <= Date.parse(override.start)) {
      problems.push(`${at}.end: must be after start`)
    }
    if (people && !people.has(override.personId)) {
      problems.push(`${at}.personId: unknown person "${override.personId}"`)
    }
  })
  rota.holidays.forEach((holiday, index) => {
    if (!isRealDate(holiday.date)) {
      problems.push(`holidays[${index}].date: "${holiday.date}" is not a real calendar date`)
    }
    holiday.layerIds.forEach((id, at) => {
      if (!layerIds.has(id)) problems.push(`holidays[${index}].layerIds[${at}]: no layer "${id}"`)
    })
  })
  return problems
}

/** Validates a rota file: the schema first, then what a schema cannot see. */
export function parseRotaFile(json: unknown, people?: readonly { id: string }[]): ParseRotaResult {
  const parsed = rotaSchema.safeParse(json)
  if (!parsed.success) return { ok: false, message: describeZodError(parsed.error) }
  const known = people ? new Set(people.map((person) => person.id)) : null
  const problems = checkRota(parsed.data, known)
  if (problems.length > 0) return { ok: false, message: problems.join('\n') }
  return { ok: true, rota: parsed.data }
}
