export type AccountAlias = { id: string; name: string; aliases: string[] }

/** The accounts the seed note names, with the short forms people write for them. */
export const seedAccountAliases: AccountAlias[] = [
  { id: 'coreweave', name: 'CoreWeave', aliases: ['CW'] },
  { id: 'xai', name: 'xAI', aliases: [] },
]
