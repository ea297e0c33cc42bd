import type { NoteEncoding } from '@/contract/imports'
import type { NoteWarning } from '@/contract/notes'

export type DecodedNote =
  { kind: 'text'; text: string; encoding: NoteEncoding } | { kind: 'binary' }

/** A text with more control characters than this share of it is not a note. */
const MAX_CONTROL_SHARE = 0.1

function encodingFromBom(bytes: Uint8Array): NoteEncoding | null {
  const [first, second, third] = bytes
  if (first === 0xef && second === 0xbb && third === 0xbf) return 'utf-8'
  if (first === 0xff && second === 0xfe) return 'utf-16le'
  if (first === 0xfe && second === 0xff) return 'utf-16be'
  return null
}

/** The platform's codec decodes; null when the bytes are not valid in that encoding. */
function decodeStrictly(bytes: Uint8Array, encoding: NoteEncoding): string | null {
  try {
    // The decoder drops a byte-order mark of its own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  // Node since 20.18.3 decodes windows-1252 as Latin-1 unless streaming (nodejs/node#60888);
  // a single-byte code page keeps no state, so the final flush adds nothing.
  const decoder = new TextDecoder('windows-1252')
  return decoder.decode(bytes, { stream: true }) + decoder.decode()
}

/** C0 and C1 control characters, except tab, line feed, vertical tab, form feed and return. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f)
}

function looksBinary(text: string): boolean {
  let controls = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code === 0) return true
    if (isControl(code)) controls += 1
  }
  return controls > text.length * MAX_CONTROL_SHARE
}

/**
 * Reads a chosen file's bytes as a note: UTF-8, or UTF-16 when a byte-order mark says so. A
 * file that is neither is read as Windows-1252, the usual code page of notes saved by older
 * editors on Windows, which also reads Latin-1 text. Bytes that hold NUL or many control
 * characters are not text, and no tasks should be read from them.
 */
export function decodeNoteBytes(bytes: Uint8Array): DecodedNote {
  const bom = encodingFromBom(bytes)
  const encoding = bom ?? 'utf-8'
  const strict = decodeStrictly(bytes, encoding)
  // A UTF-8 mark on bytes that are not UTF-8 would otherwise open the note as `ï»¿`.
  const decoded: DecodedNote =
    strict === null
      ? {
          kind: 'text',
          text: decodeWindows1252(bom === 'utf-8' ? bytes.subarray(3) : bytes),
          encoding: 'windows-1252',
        }
      : { kind: 'text', text: strict, encoding }
  return looksBinary(decoded.text) ? { kind: 'binary' } : decoded
}

/** The whole-note warning for a file that had to be read as Windows-1252, else null. */
export function describeEncoding(encoding: NoteEncoding): NoteWarning | null {
  if (encoding !== 'windows-1252') return null
  const message = 'not UTF-8; read as Windows-1252 (Latin-1) — check accented letters'
  return { line: null, code: 'not-utf8', message }
}
