import type { Store } from '../store/store'
import { accountHandlers } from './accounts'
import { actionItemHandlers } from './action-items'
import { noteHandlers } from './notes'
import { peopleHandlers } from './people'

export function createHandlers(store: Store) {
  return [
    ...accountHandlers(store),
    ...actionItemHandlers(store),
    ...peopleHandlers(store),
    ...noteHandlers(store),
  ]
}
