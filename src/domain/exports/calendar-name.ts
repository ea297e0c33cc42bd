/** The calendar's name (X-WR-CALNAME), the same in the UI and the CLI for the same accounts. */
export function calendarNameFor(accountNames: string[]): string {
  return `OpModel coverage: ${accountNames.join(', ')}`
}
