import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { Deck, Question } from "../../src/deck/deck-types.ts";
import { SEED_SECTIONS } from "../fixtures/seed-facts.ts";

const SEED_FILE = "content/aws-cloud.md";
const seedBytes = readFileSync(SEED_FILE);
const seedText = seedBytes.toString("utf8");

function compileSeed(): Deck {
  const { deck, problems } = compileDeck(seedBytes, { file: SEED_FILE, mode: "strict" });
  expect(problems).toEqual([]);
  if (!deck) throw new Error("the seed did not compile");
  return deck;
}

const deck = compileSeed();

function question(label: string): Question {
  const found = deck.questions.find((q) => q.label === label);
  if (!found) throw new Error(`no question ${label}`);
  return found;
}

describe("compileDeck over the seed (content/aws-cloud.md)", () => {
  it("reads the deck's identity from the file name and its first heading", () => {
    expect(deck.id).toBe("aws-cloud");
    expect(deck.title).toBe("AWS and Cloud Interview Q&A");
    expect(deck.sourcePath).toBe(SEED_FILE);
    expect(deck.lastUpdated).toBe("November 17, 2025");
  });

  it("finds 24 questions: Q1–Q18 concepts, then S1–S6 scenarios", () => {
    expect(deck.questions.map((q) => q.label)).toEqual([
      ...Array.from({ length: 18 }, (_, i) => `Q${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `S${i + 1}`),
    ]);
    for (const q of deck.questions) expect(q.kind).toBe(q.label.startsWith("S") ? "scenario" : "concept");
  });

  it("lists the ten topics in file order and skips the prose sections", () => {
    expect(deck.sections).toEqual([...SEED_SECTIONS]);
    expect(question("Q1").section).toBe("AWS Core Services");
    expect(question("Q4").section).toBe("AWS Core Services");
    expect(question("Q5").section).toBe("Networking & Security");
    expect(question("Q18").section).toBe("Cloud Architecture Patterns");
    expect(question("S1").section).toBe("Scenario-Based Questions");
  });

  it("points each question at the line of its heading in the file", () => {
    expect(question("Q1").line).toBe(23);
    expect(question("Q2").line).toBe(56);
    expect(question("Q12").line).toBe(776);
    expect(question("S1").line).toBe(1575);
    expect(question("S6").line).toBe(2269);
    const lines = seedText.split("\n");
    for (const q of deck.questions) expect(lines[q.line - 1]).toBe(`### ${q.label}: ${q.prompt}`);
  });

  it("gives numbered questions ids from their numbers", () => {
    expect(question("Q1").id).toBe("aws-cloud/q1");
    expect(question("S3").id).toBe("aws-cloud/s3");
    expect(new Set(deck.questions.map((q) => q.id)).size).toBe(24);
    for (const q of deck.questions) expect(q.deckId).toBe("aws-cloud");
  });

  it("takes the prompt from the heading without its number", () => {
    expect(question("Q1").prompt).toBe("What is EC2 and what are the different instance types?");
    expect(question("S6").prompt).toBe(
      "Your S3 bucket received a massive unexpected bill. How do you investigate and prevent it?",
    );
  });

  it("keeps each answer as the file's own Markdown, from after **Answer:** to the rule", () => {
    for (const q of deck.questions) {
      expect(seedText).toContain(q.answer);
      expect(q.answer).not.toMatch(/^\*\*Answer/);
      expect(q.answer).not.toMatch(/^\s|\s$/);
      expect(q.answer).not.toMatch(/^---$/m);
    }
    expect(question("Q1").answer.startsWith("**EC2 (Elastic Compute Cloud)** provides scalable virtual servers")).toBe(true);
    expect(question("Q1").answer.endsWith("- Tag instances for organization")).toBe(true);
  });

  it("keeps `# comment` lines inside code fences as code (Q12 still holds terraform destroy)", () => {
    const q12 = question("Q12").answer;
    expect(q12).toContain("# Destroy resources\nterraform destroy");
    expect(q12).toContain("| **Provider** | AWS-only | Multi-cloud |");
    expect(question("Q2").answer).toContain("# Create S3 bucket\naws s3 mb s3://my-bucket-name");
  });

  it("ends S6 before the Best Practices Summary and leaves Last Updated out of every answer", () => {
    const s6 = question("S6").answer;
    expect(s6.endsWith("- Tag resources for cost allocation")).toBe(true);
    expect(s6).not.toContain("Best Practices Summary");
    for (const q of deck.questions) expect(q.answer).not.toContain("Last Updated");
  });

  it("takes key points from the lists under bold labels", () => {
    expect(question("Q1").keyPoints).toEqual([
      "Use Auto Scaling for high availability",
      "Choose right instance type for workload",
      "Use Spot Instances for cost savings",
      "Enable detailed monitoring",
      "Tag instances for organization",
    ]);
    expect(question("Q2").keyPoints).toEqual([
      "Use S3 Standard for frequently accessed data",
      "Use Intelligent-Tiering for unpredictable patterns",
      "Use Glacier for long-term archives",
      "Enable versioning for data protection",
      "Use lifecycle policies to automate transitions",
    ]);
    // Q4 has two "When to Use …" lists and no Best Practices: both lists, in order.
    expect(question("Q4").keyPoints).toEqual([
      "Complex queries and relationships",
      "ACID transactions required",
      "Existing SQL applications",
      "Reporting and analytics",
      "High-scale applications",
      "Simple key-value access patterns",
      "Unpredictable workloads",
      "Gaming, IoT, mobile backends",
    ]);
    for (const q of deck.questions) {
      expect(q.keyPoints.length).toBeGreaterThan(0);
      for (const point of q.keyPoints) expect(point).not.toMatch(/\*\*|^\s|\s$/);
    }
  });

  it("hashes prompt and answer: 8 hex digits, stable, different per question", () => {
    for (const q of deck.questions) expect(q.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(deck.questions.map((q) => q.hash)).size).toBe(24);
    expect(compileSeed().questions.map((q) => q.hash)).toEqual(deck.questions.map((q) => q.hash));
  });

  it("compiles the same from text as from bytes, and the same in import mode", () => {
    expect(compileDeck(seedText, { file: SEED_FILE, mode: "strict" }).deck).toEqual(deck);
    const imported = compileDeck(seedBytes, { file: SEED_FILE, mode: "import" });
    expect(imported.problems).toEqual([]);
    expect(imported.deck).toEqual(deck);
  });
});
