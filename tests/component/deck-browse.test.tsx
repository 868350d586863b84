import "fake-indexeddb/auto";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import { getDeck } from "../../src/store/deck-repository.ts";
import { historyDb } from "../../src/store/history-db.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { sessionConfig } from "../fixtures/session-fixtures.ts";
import { SEED_SECTIONS } from "../fixtures/seed-facts.ts";
import { renderApp } from "./render-app.tsx";

const sections = SEED_SECTIONS;

/** The deck page (answers collapsed, as it opens). */
async function openAwsDeck(path = "/decks/aws-cloud") {
  const app = renderApp(path);
  await screen.findByRole("heading", { level: 1, name: "AWS and Cloud Interview Q&A" }, { timeout: 10_000 });
  return app;
}

/** The deck page with every answer opened and rendered by the lazily loaded renderer. */
async function openAwsDeckExpanded() {
  const app = await openAwsDeck();
  await app.user.click(screen.getByRole("button", { name: "Expand all" }));
  await waitFor(() => expect(document.querySelector(".deck-question__answer")).not.toBeNull());
  await waitFor(() => expect(document.querySelector("[aria-busy='true']")).toBeNull(), { timeout: 10_000 });
  return app;
}

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  await historyDb().clearHistory();
});

// Rendering all 24 answers with highlighting in jsdom takes seconds on a busy machine.
describe("deck page (/decks/$deckId)", { timeout: 30_000 }, () => {
  it("shows every section as h2 and all 24 questions as h3 with label and kind", async () => {
    await openAwsDeck();
    const main = screen.getByRole("main");
    expect(within(main).getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(sections);
    const questions = within(main).getAllByRole("heading", { level: 3 });
    expect(questions).toHaveLength(24);
    expect(questions[0]).toHaveTextContent("Q1 What is EC2 and what are the different instance types?");
    expect(questions[23]).toHaveTextContent(/^S6 Your S3 bucket received a massive unexpected bill/);
    expect(within(main).getAllByText("Scenario")).toHaveLength(6);
    expect(within(main).getAllByText("Concept")).toHaveLength(18);
    expect(document.title).toBe("AWS and Cloud Interview Q&A · Rehearse");
    const toc = screen.getByRole("navigation", { name: "Sections" });
    expect(within(toc).getAllByRole("link").map((link) => link.textContent)).toEqual(sections);
    expect(within(toc).queryAllByRole("link", { current: "page" })).toEqual([]);
  });

  it("renders answers as Markdown: tables as tables, in a named, focusable scroll region", async () => {
    await openAwsDeckExpanded();
    const regions = screen.getAllByRole("region", { name: /^Table: / });
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region).toHaveAttribute("tabindex", "0");
      expect(within(region).getByRole("table")).toBeInTheDocument();
    }
    expect(screen.queryByText(/\*\*Answer:\*\*/)).toBeNull();
    const paragraphs = [...document.querySelectorAll(".answer p")].map((p) => p.textContent ?? "");
    expect(paragraphs.filter((text) => text.startsWith("|"))).toEqual([]);
  });

  it("highlights bash and hcl code with coloured token spans, keeping # lines as code", async () => {
    await openAwsDeckExpanded();
    const bash = document.querySelectorAll<HTMLElement>("pre[data-language='bash']");
    expect(bash.length).toBeGreaterThan(0);
    const comment = bash[0]?.querySelector<HTMLElement>(".token.comment");
    expect(comment).toHaveTextContent("# Launch an EC2 instance");
    expect(comment?.style.color).not.toBe("");
    const hcl = document.querySelectorAll<HTMLElement>("pre[data-language='hcl']");
    expect(hcl.length).toBeGreaterThan(0);
    expect(hcl[0]?.querySelector(".token.keyword, .token.property")).not.toBeNull();
    for (const language of ["json", "python", "yaml"]) {
      const block = document.querySelector(`pre[data-language='${language}']`);
      expect(block, language).not.toBeNull();
      expect(block?.querySelector(".token:not(.plain)"), language).not.toBeNull();
    }
    expect(screen.getByText(/terraform destroy/)).toBeInTheDocument();
  });

  it("goes back to the deck library", async () => {
    const { user, router } = await openAwsDeck();
    await user.click(screen.getByRole("link", { name: "Back to decks" }));
    // A text query, not a role query: computing roles over the 24 rendered answers on every poll
    // would starve the lazy /decks screen of the time it needs to load.
    expect(await screen.findByText("Decks", { selector: "h1" }, { timeout: 20_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/decks");
  });

  it("opens with every answer collapsed; one opens on its own, Expand all and Collapse all do them all", async () => {
    const { user } = await openAwsDeck();
    expect(document.querySelectorAll("details[open]")).toHaveLength(0);
    expect(document.querySelector(".answer")).toBeNull();
    const q5 = screen.getByRole("article", { name: /^Q5 / });
    await user.click(within(q5).getByRole("heading", { level: 3 }));
    expect(q5.querySelector("details")).toHaveProperty("open", true);
    expect(await within(q5).findByRole("button", { name: "Practise this question" })).toBeInTheDocument();
    expect(document.querySelectorAll("details[open]")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Expand all" }));
    expect(document.querySelectorAll(".deck-question details[open]")).toHaveLength(24);
    await user.click(screen.getByRole("button", { name: "Collapse all" }));
    expect(document.querySelectorAll(".deck-question details[open]")).toHaveLength(0);
  });

  it("filters prompts and answers as you type, marks prompt hits, counts them, and keeps the search in the link", async () => {
    const { user, router } = await openAwsDeck();
    const search = screen.getByRole("searchbox", { name: "Search questions and answers" });
    // Only inside a code block (a lifecycle rule in S6's answer).
    await user.click(search);
    await user.paste("AbortIncompleteMultipartUpload");
    expect(screen.getAllByRole("article")).toHaveLength(1);
    const s6 = screen.getByRole("article", { name: /^S6 / });
    expect(within(s6).getByText("1 match in the answer")).toBeInTheDocument();
    expect(screen.getByText("1 match in 1 question")).toBeInTheDocument();
    // Few enough hits: the answer opens so the match can be seen.
    expect(s6.querySelector("details")).toHaveProperty("open", true);
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "AbortIncompleteMultipartUpload" }));
    const toc = screen.getByRole("navigation", { name: "Sections" });
    expect(within(toc).getAllByRole("link").map((link) => link.textContent)).toEqual(["Scenario-Based Questions"]);
    expect(toc).toHaveTextContent("(1 of 6)");

    await user.clear(search);
    await user.type(search, "vpc");
    const marks = [...document.querySelectorAll("h3 mark")].map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((text) => text?.toLowerCase() === "vpc")).toBe(true);
    expect(screen.getByText(/^\d+ matches in \d+ questions$/)).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, "zzqx");
    expect(screen.getByText("No matches in this deck.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear the search" }));
    expect(screen.getAllByRole("article")).toHaveLength(24);
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it("opens a link with a search already applied", async () => {
    await openAwsDeck("/decks/aws-cloud?q=lambda");
    expect(screen.getByRole("searchbox", { name: "Search questions and answers" })).toHaveValue("lambda");
    const shown = screen.getAllByRole("article");
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(24);
  });

  it("practises one question, or one section, in a new session", async () => {
    const { user, router } = await openAwsDeck();
    const q5 = screen.getByRole("article", { name: /^Q5 / });
    await user.click(within(q5).getByRole("heading", { level: 3 }));
    await user.click(await within(q5).findByRole("button", { name: "Practise this question" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const deck = await getDeck("aws-cloud");
    const q5Id = deck!.questions.find((q) => q.label === "Q5")!.id;
    expect(useSessionStore.getState().current?.questionIds).toEqual([q5Id]);

    await router.navigate({ to: "/decks/$deckId", params: { deckId: "aws-cloud" } });
    await user.click(await screen.findByRole("button", { name: "Practise this section: Networking & Security" }, { timeout: 10_000 }));
    await waitFor(() => expect(useSessionStore.getState().current?.questionIds).not.toEqual([q5Id]));
    const networking = deck!.questions.filter((q) => q.section === "Networking & Security").map((q) => q.id);
    expect(useSessionStore.getState().current?.questionIds).toEqual(networking);
  });

  it("shows the last grade and next review of questions history knows", async () => {
    const deck = await getDeck("aws-cloud");
    const q1 = deck!.questions.find((q) => q.label === "Q1")!;
    const at = Date.now() - 3_600_000;
    let session = createSession(sessionConfig({ deckIds: ["aws-cloud"], count: 1 }), [q1], { id: "p", at: at - 60_000 });
    session = transition(session, { type: "graded", at: at - 1000, grade: 3, questionId: q1.id });
    session = transition(session, { type: "finished", at });
    expect((await historyDb().saveFinishedSession(session)).ok).toBe(true);
    await openAwsDeck();
    const article = screen.getByRole("article", { name: /^Q1 / });
    expect(await within(article).findByText(/last grade 3 Good · next review (tomorrow|in \d+ days|.*\d{4})/)).toBeInTheDocument();
    expect(within(screen.getByRole("article", { name: /^Q2 / })).queryByText(/last grade/)).toBeNull();
  });
});
