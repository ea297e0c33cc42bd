/**
 * ical-generator escapes `\`, `;`, `,` and CRLF/CR/LF, and folds by UTF-8 octets without
 * splitting a code point. It misses U+2028/U+2029 (line breaks to many readers) and leaves
 * the calendar name unescaped, so both are handled here.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/[\u2028\u2029]/g, '\n')
}

export function escapeIcsText(text: string): string {
  return normalizeLineBreaks(text)
    .replace(/[\\;,]/g, (match) => `\\${match}`)
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Joins folded lines back: a CRLF followed by one space or tab is removed. */
export function unfoldIcs(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '')
}

export function unescapeIcsText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  )
}
