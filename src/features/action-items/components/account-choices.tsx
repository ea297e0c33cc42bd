import { describeField, FieldProblem } from './field-problem'

interface AccountChoicesProps {
  /** Prefix of the boxes' ids: a box is `${id}-${account id}`, the problem `${id}-problem`. */
  id: string
  accounts: Array<{ id: string; name: string }>
  chosen: string[]
  onToggle(id: string, checked: boolean): void
  /** The ticked account the server refused, which carries the problem. */
  refused: string | null
  problem: string | undefined
}

/** The accounts a new item is about, as boxes to tick. */
export function AccountChoices(props: AccountChoicesProps) {
  const { id, accounts, chosen, onToggle, refused, problem } = props
  if (accounts.length === 0) return null
  return (
    <fieldset>
      <legend className="mb-1 block text-sm font-medium">Accounts</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {accounts.map((account) => (
          <label key={account.id} className="flex items-center gap-2 text-sm">
            <input
              id={`${id}-${account.id}`}
              type="checkbox"
              checked={chosen.includes(account.id)}
              onChange={(event) => onToggle(account.id, event.target.checked)}
              {...describeField(`${id}-problem`, account.id === refused ? problem : undefined)}
            />
            {account.name}
          </label>
        ))}
      </div>
      <FieldProblem id={`${id}-problem`} problem={problem} />
    </fieldset>
  )
}
