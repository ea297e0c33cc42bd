/** The code pages whose misreading of UTF-8 is undone, by their WHATWG label. */
export type MisreadCodec = 'macintosh' | 'windows-1252'

export type RepairResult = {
  text: string
  repaired: boolean
  count: number
  /** The code page the text had been read as; null when nothing was repaired. */
  codec: MisreadCodec | null
}

const codecs: MisreadCodec[] = ['macintosh', 'windows-1252']
const upperHalves = new Map<MisreadCodec, Map<string, number>>()
let utf8Decoder: TextDecoder | undefined

// The upper half of the code page, read from the platform's WHATWG codec rather than typed in.
function getUpperHalf(codec: MisreadCodec): Map<string, number> {
  const known = upperHalves.get(codec)
  if (known) return known
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)
  // Node since 20.18.3 decodes windows-1252 as Latin-1 unless streaming (nodejs/node#60888);
  // a single-byte code page keeps no state between calls, so streaming changes nothing else.
  const chars = new TextDecoder(codec).decode(bytes, { stream: true })
  const table = new Map([...chars].map((char, i) => [char, 0x80 + i]))
  upperHalves.set(codec, table)
  return table
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

/** Reads the code page's characters at `start` back into bytes and decodes them as UTF-8. */
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

function repairWith(text: string, codec: MisreadCodec): RepairResult {
  const table = getUpperHalf(codec)
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
    ? { text, repaired: false, count, codec: null }
    : { text: out.join(''), repaired: true, count, codec }
}

/**
 * Undoes UTF-8 text that was decoded as Mac Roman (`üìÖ` back to 📅) or as Windows-1252
 * (`ðŸ“…`). Only characters that re-encode to a complete, valid UTF-8 multi-byte sequence are
 * replaced, so a correctly encoded `é` or `ü` is left alone. A file was misread one way, so
 * the code page that explains more of it is used alone: the other's rare false matches stay.
 */
export function repairMojibake(text: string): RepairResult {
  const none: RepairResult = { text, repaired: false, count: 0, codec: null }
  return codecs
    .map((codec) => repairWith(text, codec))
    .reduce((best, next) => (next.count > best.count ? next : best), none)
}
