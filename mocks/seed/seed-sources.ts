/** The raw files the mock backend starts from, however they were read (Vite glob or fs). */
export interface SeedSources {
  notes: Array<{ path: string; text: string }>
  people: unknown
  accounts: unknown[]
  rotas: unknown[]
}
