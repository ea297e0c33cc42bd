import type { Layer, Rota, Shift } from '@/contract/rota'
import { applyOverrides, toTimedOverrides, type AssignedPiece } from './overrides'
import { createRotationClock, getMemberOfTurn } from './rotation'
import { mergeContiguous, splitAtHandoffs, type Slot } from './slots'
import { listLayerWindows } from './windows'
import { compactEpochMs, formatEpochMs, localEpochDayOf, parseEpochMs } from './zone-clock'

export interface InstantRange {
  from: string
  to: string
}

export interface ExpandedRota {
  shifts: Shift[]
  cancelled: Shift[]
}

function buildUid(rota: Rota, layer: Layer, slotStart: number, piece: AssignedPiece) {
  const base = `${rota.accountId}.${layer.id}.${compactEpochMs(slotStart)}`
  const tail = piece.start === slotStart ? '' : `.${compactEpochMs(piece.start)}`
  return `${base}${tail}@opmodel`
}

/** A changed piece rises with each override that shaped it. */
function sequenceOf(piece: AssignedPiece): number {
  return piece.source === 'override' ? piece.overrideCount + 1 : piece.overrideCount
}

function toShift(rota: Rota, layer: Layer, slot: Slot, piece: AssignedPiece): Shift {
  return {
    uid: buildUid(rota, layer, slot.start, piece),
    accountId: rota.accountId,
    layerId: layer.id,
    layerName: layer.name,
    role: layer.role,
    teamId: layer.teamId,
    assigneeId: piece.assigneeId,
    start: formatEpochMs(piece.start),
    end: formatEpochMs(piece.end),
    timeZone: layer.timeZone,
    coverage: layer.coverage,
    source: piece.source,
    sequence: sequenceOf(piece),
  }
}

function listLayerSlots(rota: Rota, layer: Layer, from: number, to: number) {
  const clock = createRotationClock(layer.rotation, layer.timeZone)
  // A turn is at most `period` days long, so this margin always yields whole shifts.
  const margin = clock.period + 2
  const fromDay = localEpochDayOf(layer.timeZone, from) - margin
  const toDay = localEpochDayOf(layer.timeZone, to) + margin
  const windows = listLayerWindows(layer, rota.holidays, fromDay, toDay)
  return { clock, slots: mergeContiguous(splitAtHandoffs(windows, clock)) }
}

function expandLayer(rota: Rota, layer: Layer, from: number, to: number) {
  const { clock, slots } = listLayerSlots(rota, layer, from, to)
  const overrides = toTimedOverrides(rota.overrides.filter((o) => o.layerId === layer.id))
  const shifts: Shift[] = []
  const cancelled: Shift[] = []

  for (const slot of slots) {
    if (slot.start >= to || from >= slot.end) continue
    const member = getMemberOfTurn(clock.rotation, slot.turn)
    if (slot.cancelled) {
      // The cancellation must outrank every version of the slot published before it,
      // overridden ones included, or calendars keep the shift.
      const published = applyOverrides(slot, member, overrides).map(sequenceOf)
      const piece = { ...slot, assigneeId: member, source: 'rotation', overrideCount: 0 } as const
      const shift = toShift(rota, layer, slot, piece)
      cancelled.push({ ...shift, sequence: Math.max(0, ...published) + 1 })
      continue
    }
    for (const piece of applyOverrides(slot, member, overrides)) {
      if (piece.start < to && from < piece.end) {
        shifts.push(toShift(rota, layer, slot, piece))
      }
    }
  }
  return { shifts, cancelled }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sortShifts(shifts: Shift[], layerOrder: Map<string, number>): Shift[] {
  // Instants are all written the same way in UTC, so they sort as strings.
  return shifts.sort(
    (a, b) =>
      compareText(a.start, b.start) ||
      (layerOrder.get(a.layerId) ?? 0) - (layerOrder.get(b.layerId) ?? 0),
  )
}

/** Shifts overlapping [from, to), whole, plus the ones holidays removed. */
export function expandRotaWithCancellations(rota: Rota, range: InstantRange): ExpandedRota {
  const from = parseEpochMs(range.from)
  const to = parseEpochMs(range.to)
  const layerOrder = new Map(rota.layers.map((layer, index) => [layer.id, index]))
  const result: ExpandedRota = { shifts: [], cancelled: [] }
  for (const layer of rota.layers) {
    const expanded = expandLayer(rota, layer, from, to)
    result.shifts.push(...expanded.shifts)
    result.cancelled.push(...expanded.cancelled)
  }
  sortShifts(result.shifts, layerOrder)
  sortShifts(result.cancelled, layerOrder)
  return result
}

export function expandRota(rota: Rota, range: InstantRange): Shift[] {
  return expandRotaWithCancellations(rota, range).shifts
}
