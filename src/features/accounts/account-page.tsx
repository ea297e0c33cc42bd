export function AccountPage() {
  return <h1 className="text-2xl font-semibold">AccountPage</h1>
}
