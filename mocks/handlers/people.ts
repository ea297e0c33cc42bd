import { http, HttpResponse } from 'msw'
import type { BackendMeta, NoteMeta, PeopleResponse } from '@/contract'
import type { Store } from '../store/store'
import { apiPath } from './respond'

export function peopleHandlers(store: Store) {
  return [
    http.get(apiPath('/people'), () => {
      const body: PeopleResponse = { people: store.seed.people, teams: store.seed.teams }
      return HttpResponse.json(body)
    }),
    http.get(apiPath('/notes'), () => {
      const notes: NoteMeta[] = store.notes
      return HttpResponse.json({ notes })
    }),
    http.get(apiPath('/meta'), () => HttpResponse.json(metaOf(store))),
    http.post(apiPath('/admin/reset'), () => {
      store.reset()
      return HttpResponse.json(metaOf(store))
    }),
  ]
}

function metaOf(store: Store): BackendMeta {
  const kind = store.seed.origin ?? 'note'
  return {
    storage: store.storage,
    notices: store.notices,
    problems: store.seed.problems,
    dataset: {
      kind,
      accounts: store.seed.accounts.length,
      items: store.actionItems.length,
      saved: kind === 'note',
    },
  }
}
