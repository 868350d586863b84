import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { THEME_STORAGE_KEY } from "../../src/features/shell/theme.ts";
import { renderApp } from "./render-app.tsx";

const root = document.documentElement;

async function openApp(path = "/") {
  const app = renderApp(path);
  await screen.findByRole("heading", { level: 1 });
  return { ...app, select: screen.getByRole("combobox", { name: "Theme" }) as HTMLSelectElement };
}

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
});

afterEach(() => {
  delete root.dataset.theme;
});

describe("theme toggle", () => {
  it("offers System, Light and Dark, and follows the system until a choice is made", async () => {
    const { select } = await openApp();
    expect([...select.options].map((option) => option.text)).toEqual(["System", "Light", "Dark"]);
    expect(select).toHaveValue("system");
    expect(root).not.toHaveAttribute("data-theme");
  });

  it("sets data-theme on <html> and remembers the choice for the next visit", async () => {
    const { user, select } = await openApp();
    await user.selectOptions(select, "Dark");
    expect(root.dataset.theme).toBe("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");

    await user.selectOptions(select, "Light");
    expect(root.dataset.theme).toBe("light");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");

    cleanup();
    const again = await openApp("/decks");
    expect(again.select).toHaveValue("light");
  });

  it("goes back to following the system with System, forgetting the override", async () => {
    localStorage.setItem(THEME_STORAGE_KEY, "dark");
    const { user, select } = await openApp();
    expect(select).toHaveValue("dark");
    await user.selectOptions(select, "System");
    expect(root).not.toHaveAttribute("data-theme");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it("applies the saved theme as soon as the module loads, before anything renders", async () => {
    localStorage.setItem(THEME_STORAGE_KEY, "dark");
    vi.resetModules();
    await import("../../src/features/shell/theme.ts");
    expect(root.dataset.theme).toBe("dark");
  });

  it("reads a damaged saved value as System", async () => {
    localStorage.setItem(THEME_STORAGE_KEY, "purple");
    vi.resetModules();
    await import("../../src/features/shell/theme.ts");
    expect(root).not.toHaveAttribute("data-theme");
    const { select } = await openApp();
    expect(select).toHaveValue("system");
  });

  it("follows a choice made in another tab", async () => {
    const { select } = await openApp();
    localStorage.setItem(THEME_STORAGE_KEY, "dark");
    fireEvent(window, new StorageEvent("storage", { key: THEME_STORAGE_KEY, newValue: "dark" }));
    expect(await screen.findByDisplayValue("Dark")).toBe(select);
    expect(root.dataset.theme).toBe("dark");
  });
});
