import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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
});
