// Sets the theme before first paint, so a dark-theme user never sees a white flash. A file,
// not an inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  const saved = localStorage.getItem('opmodel:theme')
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches
  document.documentElement.classList.toggle('dark', dark)
} catch {
  // Storage blocked: the light theme it is.
}
