export type RepairResult = { text: string; repaired: boolean; count: number }

let macRomanBytes: Map<string, number> | undefined
let utf8Decoder: TextDecoder | undefined

// The upper half of Mac Roman, read from the platform's WHATWG codec rather than typed in.
function getMacRomanBytes(): Map<string, number> {
  if (macRomanBytes) return macRomanBytes
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)
  const chars = new TextDecoder('macintosh').decode(bytes)
  macRomanBytes = new Map([...chars].map((char, i) => [char, 0x80 + i]))
  return macRomanBytes
}

function getUtf8Decoder(): TextDecoder {
  utf8Decoder ??= new TextDecoder('utf-8', { fatal: true })
  return utf8Decoder
}

function sequenceLengthOf(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

function decodeSequence(bytes: number[]): string | null {
  try {
    return getUtf8Decoder().decode(Uint8Array.from(bytes))
  } catch {
    return null
  }
}

/** Reads the Mac Roman characters at `start` back into bytes and decodes them as UTF-8. */
function readSequenceAt(chars: string[], start: number, table: Map<string, number>) {
  const lead = table.get(chars[start] ?? '')
  const length = lead === undefined ? 0 : sequenceLengthOf(lead)
  if (lead === undefined || length === 0) return null

  const bytes = [lead]
  for (let i = start + 1; i < start + length; i += 1) {
    const byte = table.get(chars[i] ?? '')
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return null
    bytes.push(byte)
  }
  const decoded = decodeSequence(bytes)
  return decoded === null ? null : { decoded, length }
}

/**
 * Undoes UTF-8 text that was decoded as Mac Roman (`üìÖ` back to 📅). Only characters
 * that re-encode to a complete, valid UTF-8 multi-byte sequence are replaced, so a
 * correctly encoded `é` or `ü` is left alone.
 */
export function repairMojibake(text: string): RepairResult {
  const table = getMacRomanBytes()
  const chars = [...text]
  const out: string[] = []
  let count = 0

  for (let i = 0; i < chars.length;) {
    const sequence = readSequenceAt(chars, i, table)
    if (sequence) {
      out.push(sequence.decoded)
      count += 1
      i += sequence.length
    } else {
      out.push(chars[i] ?? '')
      i += 1
    }
  }

  return count === 0
    ? { text, repaired: false, count }
    : { text: out.join(''), repaired: true, count }
}
