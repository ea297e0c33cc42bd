import type { UserEvent } from '@testing-library/user-event'

/**
 * Chooses in a row's select as a user does: a click opens it first, which is when a row's
 * select puts its options in the page (src/features/action-items/components/row-select.tsx).
 */
export async function chooseInRow(user: UserEvent, select: HTMLElement, value: string) {
  await user.click(select)
  await user.selectOptions(select, value)
}
