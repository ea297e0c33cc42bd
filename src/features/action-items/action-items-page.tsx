export function ActionItemsPage() {
  return <h1 className="text-2xl font-semibold">ActionItemsPage</h1>
}
