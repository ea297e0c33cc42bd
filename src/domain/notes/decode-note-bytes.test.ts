import { describe, expect, it } from 'vitest'
import { decodeNoteBytes, describeEncoding } from './decode-note-bytes'

const note = '# Café note\n- [ ] Réunion with Ravi @Riley 📅 2025-11-20'

/** One byte per character, as an editor saving Latin-1 or Windows-1252 writes them. */
function singleByte(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0))
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i += 1)
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian)
  return bytes
}

/** The same bytes on every run: a small linear congruential generator. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed
  return Uint8Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state >> 16
  })
}

describe('decodeNoteBytes', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeNoteBytes(new TextEncoder().encode(note))).toEqual({
      kind: 'text',
      text: note,
      encoding: 'utf-8',
    })
  })

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(note)])

    expect(decodeNoteBytes(bytes)).toEqual({ kind: 'text', text: note, encoding: 'utf-8' })
  })

  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ] as const)('reads %s when its byte-order mark says so', (encoding, littleEndian) => {
    expect(decodeNoteBytes(utf16(note, littleEndian))).toEqual({
      kind: 'text',
      text: note,
      encoding,
    })
  })

  it('reads bytes that are not UTF-8 as Windows-1252, the euro sign included', () => {
    const latin = '# Café note\n- [ ] Réunion with Ravi @Riley, budget 5 €'
    const bytes = singleByte(latin.replace('€', '\u0080'))

    expect(decodeNoteBytes(bytes)).toEqual({ kind: 'text', text: latin, encoding: 'windows-1252' })
  })

  it('leaves out a UTF-8 byte-order mark on bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...singleByte('# Café note')])

    expect(decodeNoteBytes(bytes)).toEqual({
      kind: 'text',
      text: '# Café note',
      encoding: 'windows-1252',
    })
  })

  it('keeps UTF-8 that once was misread as Mac Roman as written, for the parser to repair', () => {
    const misread = new TextDecoder('macintosh').decode(new TextEncoder().encode(note))

    expect(decodeNoteBytes(new TextEncoder().encode(misread))).toEqual({
      kind: 'text',
      text: misread,
      encoding: 'utf-8',
    })
  })

  it('reads an empty file as an empty note', () => {
    expect(decodeNoteBytes(new Uint8Array())).toEqual({ kind: 'text', text: '', encoding: 'utf-8' })
  })

  it('calls 2 KB of random bytes binary', () => {
    expect(decodeNoteBytes(randomBytes(2048, 7))).toEqual({ kind: 'binary' })
  })

  it('calls text with a NUL byte binary', () => {
    expect(decodeNoteBytes(new TextEncoder().encode('# Note\u0000\n- [ ] a'))).toEqual({
      kind: 'binary',
    })
  })

  it('calls bytes binary when control characters make up more than a tenth of them', () => {
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x61))

    expect(decodeNoteBytes(controls)).toEqual({ kind: 'binary' })
  })

  it('keeps a note with a stray control character as text', () => {
    const text = `${note}\n\u001b[1mbold\u001b[0m\tand a tab\r\n`

    expect(decodeNoteBytes(new TextEncoder().encode(text))).toEqual({
      kind: 'text',
      text,
      encoding: 'utf-8',
    })
  })
})

describe('describeEncoding', () => {
  it('warns about the whole note when it was read as Windows-1252', () => {
    expect(describeEncoding('windows-1252')).toEqual({
      line: null,
      code: 'not-utf8',
      message: 'not UTF-8; read as Windows-1252 (Latin-1) — check accented letters',
    })
  })

  it.each(['utf-8', 'utf-16le', 'utf-16be'] as const)('says nothing about %s', (encoding) => {
    expect(describeEncoding(encoding)).toBeNull()
  })
})
