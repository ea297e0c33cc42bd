export function PortfolioPage() {
  return <h1 className="text-2xl font-semibold">PortfolioPage</h1>
}
