/**
 * The colour theme the person chose: "system" follows `prefers-color-scheme`, the others force it.
 *
 * app.css does the work: dark tokens apply on a dark system unless <html data-theme="light">,
 * and always under <html data-theme="dark">. This module only sets that attribute, and it does
 * so when it is first imported (app-shell.tsx imports it, which is before React renders
 * anything), so the first paint of the app is already in the chosen theme. No inline script:
 * the content security policy forbids them.
 */
export type ThemeChoice = "system" | "light" | "dark";

export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];
export const THEME_STORAGE_KEY = "rehearse.theme";

function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.some((choice) => choice === value);
}

/** The saved choice; "system" when there is none, it is not valid, or storage is blocked. */
export function readThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(saved) ? saved : "system";
  } catch {
    return "system";
  }
}

/** Puts a choice on <html>: "light"/"dark" as data-theme, "system" as no attribute. */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Applies a choice and remembers it for the next visit ("system" forgets the override). */
export function chooseTheme(choice: ThemeChoice): void {
  applyThemeChoice(choice);
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage blocked or full: the choice holds for this visit only.
  }
}

if (typeof document !== "undefined") applyThemeChoice(readThemeChoice());
