import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import { SlugRegistry, slugify } from "../../src/deck/slug.ts";
import { hashText } from "../../src/lib/hash.ts";

function ids(text: string, file = "decks/ids.md"): string[] {
  const { deck, problems } = compileDeck(text, { file, mode: "strict" });
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return deck?.questions.map((q) => q.id) ?? [];
}

const DECK = `# Ids

## Basics

### Q1: What is DNS?

**Answer:** Names to addresses.

### What is TCP?

**Answer:** A reliable stream.

### Q2: What is UDP?
<!-- id: udp-basics -->

**Answer:** Datagrams.

### What is TCP?

**Answer:** Asked twice on purpose.
`;

describe("question ids", () => {
  it("come from the canonical number, an explicit id comment, else the prompt's slug", () => {
    expect(ids(DECK)).toEqual(["ids/q1", "ids/what-is-tcp", "ids/udp-basics", "ids/what-is-tcp-2"]);
  });

  it("use the front matter id, else the file stem, as the deck part", () => {
    expect(ids(`---\nid: Networking 101\n---\n${DECK}`)[0]).toBe("networking-101/q1");
    expect(ids(DECK, "C:\\decks\\My Deck.md")[0]).toBe("my-deck/q1");
  });

  it("stay the same when other questions are edited, added or removed", () => {
    const before = ids(DECK);
    const edited = DECK.replace("Names to addresses.", "Names to addresses, cached by resolvers.")
      .replace("### Q2: What is UDP?", "### Q2: What is UDP, and when is it used?")
      .replace("## Basics\n", "## Basics\n\n### Q9: A new question?\n\n**Answer:** New.\n");
    const after = ids(edited);
    expect(after).toEqual(["ids/q9", ...before]);
  });

  it("keep the label and hash apart: the hash follows the text, the id does not", () => {
    const compile = (text: string) => compileDeck(text, { file: "decks/ids.md", mode: "strict" }).deck?.questions[0];
    const before = compile(DECK);
    const after = compile(DECK.replace("Names to addresses.", "Names to IP addresses."));
    expect(after?.id).toBe(before?.id);
    expect(after?.hash).not.toBe(before?.hash);
    expect(compile(DECK)?.hash).toBe(before?.hash);
    expect(before?.label).toBe("Q1");
    expect(compileDeck(DECK, { file: "decks/ids.md", mode: "strict" }).deck?.questions[1]?.label).toBe("#2");
  });
});

describe("slugify", () => {
  it.each([
    ["What is EC2?", "what-is-ec2"],
    ["  --Hello,   World!--  ", "hello-world"],
    ["Что такое S3?", "что-такое-s3"],
    ["Qu'est-ce qu'un nœud ?", "qu-est-ce-qu-un-nœud"],
    ["東京のサーバー", "東京のサーバー"],
    ["🚀🚀", ""],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts to 64 code points without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(63)} ${"b".repeat(10)}`);
    expect(slug).toBe("a".repeat(63));
    expect(Array.from(slugify("é".repeat(100)))).toHaveLength(64);
  });

  it("hands out -2, -3 on a clash and keeps reserved names", () => {
    const registry = new SlugRegistry();
    registry.reserve("q1");
    expect(registry.claim("q1")).toBe("q1-2");
    expect(registry.claim("dns")).toBe("dns");
    expect(registry.claim("dns")).toBe("dns-2");
    expect(registry.claim("dns")).toBe("dns-3");
  });
});

describe("hashText", () => {
  it("is 8 hex digits, deterministic and sensitive to any change", () => {
    expect(hashText("")).toBe("811c9dc5");
    expect(hashText("a")).toBe("e40c292c");
    expect(hashText("prompt\nanswer")).toBe(hashText("prompt\nanswer"));
    expect(hashText("prompt\nanswer")).not.toBe(hashText("prompt\nanswer."));
    expect(hashText("Что 🚀")).toMatch(/^[0-9a-f]{8}$/);
  });
});
