import "fake-indexeddb/auto";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { buildBackup, serializeBackup } from "../../src/interview/backup.ts";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";
import { historyDb } from "../../src/store/history-db.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import { rawHistoryStore } from "./idb-records.ts";
import { renderApp } from "./render-app.tsx";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 5, 7, 30, 0);

/** A session finished at `finishedAt` through the real session machine, graded as given. */
function finishedSession(id: string, finishedAt: number, grades: Record<string, Grade | undefined>, section = "Networking"): Session {
  const ids = Object.keys(grades);
  let session = createSession(
    sessionConfig({ count: ids.length }),
    ids.map((q) => makeQuestion(q, { section, deckId: "deck" })),
    { id, at: finishedAt - 60_000 },
  );
  ids.forEach((q, index) => {
    const grade = grades[q];
    const at = finishedAt - 50_000 + index * 1000;
    session = transition(session, { type: "jumpedTo", at, index });
    if (grade !== undefined) session = transition(session, { type: "graded", at, grade, questionId: `deck/${q}` });
  });
  return transition(session, { type: "finished", at: finishedAt });
}

beforeEach(async () => {
  localStorage.clear();
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  sessionStorage.clear();
  await historyDb().clearHistory();
});

/** The history page with every section: those below the first screen render just after it, one per step. */
async function historyShown() {
  await screen.findByRole("region", { name: "Backup" }, { timeout: 5000 });
  return screen.getByRole("table", { name: /Finished sessions/ });
}

async function seed(...sessions: Session[]) {
  for (const session of sessions) expect((await historyDb().saveFinishedSession(session)).ok).toBe(true);
}

describe("history screen", () => {
  it("explains how to start when nothing is saved yet", async () => {
    renderApp("/history");
    expect(await screen.findByText(/No finished sessions yet/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start from setup" })).toHaveAttribute("href", "/");
  });

  it("lists sessions newest first with their score, links to results, and draws the trend", async () => {
    await seed(
      finishedSession("old", T0, { a: 1, b: 2 }),
      finishedSession("new", T0 + 2 * DAY, { a: 4, b: 2 }),
      finishedSession("sec", T0 + DAY, { c: 3 }, "Storage"),
    );
    renderApp("/history");
    const table = await historyShown();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole("link")).toHaveAttribute("href", "/results/new");
    expect(within(rows[2]!).getByRole("link")).toHaveAttribute("href", "/results/old");
    expect(within(rows[0]!).getByText("75%")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("38%")).toBeInTheDocument();

    const chart = screen.getByRole("img", { name: /Score over 3 sessions: from 38% .* to 75% .* best 75%/ });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    // The numbers behind the chart are built when asked for.
    expect(screen.queryByRole("table", { name: /Score per session/ })).not.toBeInTheDocument();
    const data = screen.getByText("Show data").closest("details")!;
    data.open = true;
    fireEvent(data, new Event("toggle"));
    expect(within(await screen.findByRole("table", { name: /Score per session/ })).getAllByRole("row")).toHaveLength(4);

    // Networking: a went 1 → 4, b stayed 2: up.
    const mastery = screen.getByRole("region", { name: "Mastery per topic" });
    const networking = within(mastery).getByText("Networking").closest("li")!;
    expect(networking).toHaveTextContent(/75%.*up/);
    expect(within(mastery).getByText("Storage").closest("li")).toHaveTextContent(/75%.*steady/);

    const perQuestion = screen.getByRole("table", { name: "Statistics per question" });
    const rowA = within(perQuestion).getByText(/Prompt a\?/).closest("tr")!;
    expect(rowA).toHaveTextContent(/2.*4 Strong.*2\.5/);

    // One landmark per name: each section is its heading's region, each table's scroll box its caption's.
    expect(screen.getByRole("region", { name: "Sessions" })).toContainElement(table);
    expect(screen.getByRole("region", { name: "Finished sessions, newest first" })).toContainElement(table);
    expect(screen.getByRole("region", { name: "Per question" })).toContainElement(perQuestion);
    expect(screen.getByRole("region", { name: "Statistics per question" })).toContainElement(perQuestion);
  });

  it("filters by deck and topic", async () => {
    await seed(finishedSession("n1", T0, { a: 3 }), finishedSession("s1", T0 + DAY, { c: 3 }, "Storage"));
    renderApp("/history");
    const table = await historyShown();
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    fireEvent.change(screen.getByRole("combobox", { name: "Topic" }), { target: { value: "Storage" } });
    expect(within(screen.getByRole("table", { name: /Finished sessions/ })).getAllByRole("row")).toHaveLength(2);
    expect(screen.getByRole("link", { name: /2025|May/ })).toHaveAttribute("href", "/results/s1");
    fireEvent.change(screen.getByRole("combobox", { name: "Deck" }), { target: { value: "deck" } });
    expect(within(screen.getByRole("table", { name: /Finished sessions/ })).getAllByRole("row")).toHaveLength(2);
  });

  it("shows questions due today", async () => {
    await seed(finishedSession("d1", Date.now() - 30 * DAY, { a: 1 }));
    renderApp("/history");
    const due = await screen.findByRole("region", { name: "Due for review today" });
    expect(within(due).getByText(/Prompt a\?/)).toBeInTheDocument();
  });

  it("reports a damaged record in a notice and still shows the rest", async () => {
    await seed(finishedSession("ok", T0, { a: 3 }));
    await rawHistoryStore("sessions").put("bad", { schema: 1, kind: "session", session: { id: "bad" } });
    renderApp("/history");
    expect(await screen.findByText(/One saved record could not be read and was skipped: session:bad/)).toBeInTheDocument();
    expect(within(await historyShown()).getAllByRole("row")).toHaveLength(2);
  });
});

describe("history backup", () => {
  function upload(text: string, name = "backup.json") {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File([text], name, { type: "application/json" })] } });
  }

  it("refuses a wrong file, changing nothing and saying why", async () => {
    await seed(finishedSession("keep", T0, { a: 3 }));
    renderApp("/history");
    await historyShown();
    upload("{ not json");
    expect(await screen.findByText(/Nothing was imported from “backup.json”. The file is damaged/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Confirm import" })).toBeNull();
    expect((await historyDb().readHistory()).sessions.map((s) => s.id)).toEqual(["keep"]);
  });

  it("shows what an import adds, imports on confirm, and only once", async () => {
    const here = finishedSession("here", T0, { a: 3 });
    await seed(here);
    const file = serializeBackup(
      buildBackup([here, finishedSession("new1", T0 + DAY, { b: 2 }), finishedSession("new2", T0 + 2 * DAY, { c: 4 })], {}, T0 + 3 * DAY),
    );
    renderApp("/history");
    await historyShown();
    upload(file);
    expect(await screen.findByText(/Adds 2 sessions, 1 already here/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Confirm import" }));
    expect(await screen.findByText(/Imported 2 sessions \(1 already here\)/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(screen.getByRole("table", { name: /Finished sessions/ })).getAllByRole("row")).toHaveLength(4),
    );
    upload(file);
    expect(await screen.findByText(/already here: importing it changes nothing/)).toBeInTheDocument();
  });

  it("deletes all data only after asking, in IndexedDB and in the session store", async () => {
    const session = finishedSession("gone", T0, { a: 3 });
    await seed(session);
    useSessionStore.setState({ finished: { gone: session } });
    renderApp("/history");
    await historyShown();
    // Imported decks are neither in the backup nor deleted with it, and the panel says so.
    const deleteButton = screen.getByRole("button", { name: "Delete all data" });
    const decksNote = "Decks you imported are not in that file: export each one from Decks with “Export Markdown”. “Delete all data” deletes your history and review progress, not your decks.";
    expect(deleteButton).toHaveAccessibleDescription(decksNote);
    expect(screen.getByRole("button", { name: "Export all data" })).toHaveAccessibleDescription(decksNote);
    const backup = screen.getByRole("region", { name: "Backup" });
    expect(within(backup).getByRole("link", { name: "Decks" })).toHaveAttribute("href", "/decks");
    fireEvent.click(deleteButton);
    const dialog = screen.getByRole("alertdialog", { name: "Delete all data?" });
    expect(dialog).toHaveTextContent("Your imported decks stay (delete those from Decks).");
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep my data" }));
    expect((await historyDb().readHistory()).sessions).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Delete all data" }));
    fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete everything" }));
    expect(await screen.findByText(/No finished sessions yet/)).toBeInTheDocument();
    expect(
      screen.getByText("All history, results, recordings and review progress in this browser were deleted. Your decks were kept."),
    ).toBeInTheDocument();
    expect((await historyDb().readHistory()).sessions).toEqual([]);
    expect(useSessionStore.getState().finished).toEqual({});
  });
});
