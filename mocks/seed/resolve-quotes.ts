import type { Provenance } from '@/contract'

/** Quotes and note lines are compared with curly quotes, runs of spaces and case folded. */
export function normaliseForQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

/**
 * A fact from the note names a verbatim quote; its line number is found in the parsed note,
 * never typed by hand, so the link stays right when the note is edited. `noteLines` holds
 * each note's lines already passed through `normaliseForQuotes`, once per note rather than
 * once per quote.
 */
export function resolveQuotes(
  provenance: Provenance,
  noteLines: Map<string, string[]>,
  problems: string[],
): Provenance {
  if (provenance.source !== 'note' || !provenance.quote || !provenance.noteId) return provenance
  const lines = noteLines.get(provenance.noteId)
  if (!lines) {
    problems.push(`Note "${provenance.noteId}" is missing; cannot place "${provenance.quote}".`)
    return provenance
  }
  const quote = normaliseForQuotes(provenance.quote)
  const index = lines.findIndex((line) => line.includes(quote))
  if (index === -1) {
    problems.push(`Quote not found in note "${provenance.noteId}": "${provenance.quote}".`)
    return provenance
  }
  return { ...provenance, line: index + 1 }
}
