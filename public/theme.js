// Sets the theme before first paint, so a dark-theme user never sees a white flash. A file,
// not an inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  const saved = localStorage.getItem('opmodel:theme')
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches
  document.documentElement.classList.toggle('dark', dark)
} catch {
  // Storage blocked: the light theme it is.
}

// A page's first Intl.DateTimeFormat loads the time-zone data, about 25 ms on a 2-core host.
// Here that happens while the browser is still fetching the app's chunks, so the app's first
// render, which reads the browser's zone, is that much shorter (docs/benchmarks.md).
try {
  Intl.DateTimeFormat().resolvedOptions()
} catch {
  // Nothing to load ahead.
}
