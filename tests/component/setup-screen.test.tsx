import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./render-app.tsx";

const awsTopics = [
  "AWS Core Services (4)",
  "Networking & Security (2)",
  "Storage & Databases (2)",
  "Serverless & Containers (2)",
  "DevOps & CI/CD (2)",
  "Monitoring & Logging (2)",
  "Cost Optimization (1)",
  "Multi-Cloud & Hybrid Cloud (2)",
  "Cloud Architecture Patterns (1)",
  "Scenario-Based Questions (6)",
];

describe("setup screen (/)", () => {
  it("lists the bundled AWS deck with its counts and every topic with its question count", async () => {
    renderApp("/");
    const deckHeading = await screen.findByRole("heading", { level: 2, name: "AWS and Cloud Interview Q&A" });
    const card = deckHeading.closest("section");
    if (!card) throw new Error("the deck heading should sit in its own section");
    expect(within(card).getByText("24 questions · 18 concept · 6 scenario")).toBeInTheDocument();
    const topics = within(card).getAllByRole("listitem").map((item) => item.textContent);
    expect(topics).toEqual(awsTopics);
    expect(within(card).getByText("Networking & Security (2)")).toBeInTheDocument();
  });

  it("names the page and links to browsing the deck", async () => {
    const { user, router } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Practice" });
    expect(document.title).toBe("Practice · Rehearse");
    await user.click(screen.getByRole("link", { name: "Browse all questions in AWS and Cloud Interview Q&A" }));
    expect(await screen.findByRole("heading", { level: 1, name: "AWS and Cloud Interview Q&A" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/decks/aws-cloud");
  });
});
