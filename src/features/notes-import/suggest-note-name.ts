import { parseTaskLine } from '@/domain/notes/task-line'

const TITLE_LINE = /^title:\s*["']?(.+?)["']?\s*$/m
const HEADING_LINE = /^#\s+(.+)$/m

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

function bodyLinesOf(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/)
  if (!/^---\s*$/.test(lines[0] ?? '')) return lines
  const closing = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line))
  return closing === -1 ? lines : lines.slice(closing + 1)
}

/** The words of the first line with text: a task's text without its checkbox, fields or owner. */
function firstLineWords(text: string): string {
  const line = bodyLinesOf(text).find((candidate) => candidate.trim() !== '') ?? ''
  const task = parseTaskLine(line)
  const words = task?.ok ? task.task.description : line.replace(/^[\s>#*+-]*(\d+[.)])?/, '')
  return words.replace(/(^|\s)[@#]\S+/g, ' ')
}

// FNV-1a: a short, stable name for a paste that has no words to be named by.
function hashOf(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * A file name for pasted text: from its front-matter title or first heading, as Obsidian
 * would have named the file; else from its first line of text. A note is known by its name,
 * so pasting the same note again updates its items rather than adding them twice. The preview
 * says when a note was imported before, for two different notes that begin alike.
 */
export function suggestNoteName(text: string): string {
  const title = TITLE_LINE.exec(text)?.[1] ?? HEADING_LINE.exec(text)?.[1] ?? ''
  const slug = slugify(title)
  if (slug) return `${slug}.md`
  const firstLine = slugify(firstLineWords(text))
  return `pasted-${firstLine || hashOf(text.trim())}.md`
}
