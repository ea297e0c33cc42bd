/**
 * ical.js escapes `\`, `;`, `,` and LF in the text properties it knows. CR, CRLF and
 * U+2028/U+2029 (line breaks to many readers) are turned into LF first, and the calendar
 * name, which it writes raw, is escaped here.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n')
}

export function escapeIcsText(text: string): string {
  return normalizeLineBreaks(text)
    .replace(/[\\;,]/g, (match) => `\\${match}`)
    .replace(/\n/g, '\\n')
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
