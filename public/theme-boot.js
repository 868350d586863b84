/* global document */
// Applies the saved colour theme before the first paint (a blocking classic script, not an inline
// one, so the content security policy can forbid inline scripts). Mirrors src/features/shell/theme.ts.
try {
  var saved = localStorage.getItem("rehearse.theme");
  if (saved === "light" || saved === "dark") document.documentElement.dataset.theme = saved;
} catch {
  // Storage blocked: follow the system theme.
}
