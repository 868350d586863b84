import { useEffect, useId, useState, type ChangeEvent } from "react";
import { applyThemeChoice, chooseTheme, readThemeChoice, THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from "./theme.ts";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** The header's "Theme" select: System (follow the device), Light or Dark; remembered in this browser. */
export function ThemeToggle() {
  const id = useId();
  const [choice, setChoice] = useState(readThemeChoice);

  useEffect(() => {
    // A choice made in another tab applies here too, so two open tabs never disagree.
    const follow = (event: StorageEvent) => {
      if (event.key !== null && event.key !== THEME_STORAGE_KEY) return;
      const saved = readThemeChoice();
      applyThemeChoice(saved);
      setChoice(saved);
    };
    window.addEventListener("storage", follow);
    return () => window.removeEventListener("storage", follow);
  }, []);

  function change(event: ChangeEvent<HTMLSelectElement>) {
    const next = THEME_CHOICES.find((value) => value === event.currentTarget.value) ?? "system";
    chooseTheme(next);
    setChoice(next);
  }

  return (
    <div className="theme-toggle">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={choice} onChange={change}>
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
