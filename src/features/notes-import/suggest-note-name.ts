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
}

/**
 * A file name for pasted text: from its front-matter title or first heading, as Obsidian
 * would have named the file; else one stamped with the time of pasting. A note is known by
 * its name, so two pastes must not share one by default, or the second would update the
 * first note's items.
 */
export function suggestNoteName(text: string, pastedAt: Date): string {
  const title = TITLE_LINE.exec(text)?.[1] ?? HEADING_LINE.exec(text)?.[1] ?? ''
  const slug = slugify(title)
  if (slug) return `${slug}.md`
  const stamp = pastedAt.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  return `pasted-${stamp}.md`
}
