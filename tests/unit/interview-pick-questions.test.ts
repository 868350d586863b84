import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deck, Question } from "../../src/deck/deck-types.ts";
import { pickQuestions } from "../../src/interview/pick-questions.ts";
import type { PickCriteria } from "../../src/interview/pick-questions.ts";
import { makeSeed } from "../../src/lib/seed-text.ts";
import { createRandom, hashSeed, mulberry32, shuffle } from "../../src/lib/seeded-random.ts";

function question(deckId: string, n: number, section: string, kind: Question["kind"] = "concept", answer = "An answer."): Question {
  return { id: `${deckId}/q${n}`, deckId, label: `Q${n}`, kind, section, prompt: `P${n}`, answer, keyPoints: [], hash: `h${n}`, line: n };
}

function deck(id: string, questions: Question[]): Deck {
  return { id, title: id, tags: [], sourcePath: `content/${id}.md`, sections: [...new Set(questions.map((q) => q.section))], questions };
}

const AWS = deck("aws", [
  question("aws", 1, "Compute"),
  question("aws", 2, "Compute", "scenario"),
  question("aws", 3, "Storage"),
  question("aws", 4, "Storage", "concept", "  \n "),
  question("aws", 5, "Networking"),
]);
const K8S = deck("k8s", [question("k8s", 1, "Pods"), question("k8s", 2, "Storage")]);

function criteria(overrides: Partial<PickCriteria> = {}): PickCriteria {
  return { deckIds: ["aws", "k8s"], sections: null, kinds: ["concept", "scenario"], count: 100, order: "in-order", seed: "s", ...overrides };
}

const ids = (qs: Question[]) => qs.map((q) => q.id);

describe("pickQuestions filters", () => {
  it("in order: decks in the order named, questions in file order; empty answers left out", () => {
    const result = pickQuestions([AWS, K8S], criteria({ deckIds: ["k8s", "aws"] }));
    expect(ids(result.questions)).toEqual(["k8s/q1", "k8s/q2", "aws/q1", "aws/q2", "aws/q3", "aws/q5"]);
    expect(result).toMatchObject({ available: 6, capped: true, excludedEmpty: 1 });
  });

  it("sections match across decks; kinds filter", () => {
    expect(ids(pickQuestions([AWS, K8S], criteria({ sections: ["Storage"] })).questions)).toEqual(["aws/q3", "k8s/q2"]);
    expect(ids(pickQuestions([AWS, K8S], criteria({ kinds: ["scenario"] })).questions)).toEqual(["aws/q2"]);
  });

  it("no sections ticked or no kinds picks nothing (null means all sections)", () => {
    expect(pickQuestions([AWS], criteria({ sections: [] })).available).toBe(0);
    expect(pickQuestions([AWS], criteria({ kinds: [] })).available).toBe(0);
  });

  it("unknown and repeated deck ids are harmless", () => {
    expect(pickQuestions([AWS], criteria({ deckIds: ["nope", "aws", "aws"] })).available).toBe(4);
  });

  it("restricts to given question ids (practise again)", () => {
    const result = pickQuestions([AWS, K8S], criteria({ onlyQuestionIds: ["k8s/q2", "aws/q1", "aws/q4"] }));
    expect(ids(result.questions)).toEqual(["aws/q1", "k8s/q2"]);
  });

  it("caps the count and says so", () => {
    expect(pickQuestions([AWS], criteria({ count: 2 }))).toMatchObject({ available: 4, capped: false });
    expect(pickQuestions([AWS], criteria({ count: 2 })).questions).toHaveLength(2);
    expect(pickQuestions([AWS], criteria({ count: 4 })).capped).toBe(false);
    expect(pickQuestions([AWS], criteria({ count: 5 }))).toMatchObject({ capped: true, available: 4 });
    expect(pickQuestions([AWS], criteria({ count: 5 })).questions).toHaveLength(4);
  });

  it("nonsense counts ask for one question", () => {
    for (const count of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pickQuestions([AWS], criteria({ count })).questions).toHaveLength(1);
    }
    expect(pickQuestions([AWS], criteria({ count: 2.9 })).questions).toHaveLength(2);
  });
});

describe("seeded shuffle", () => {
  const many = deck("big", Array.from({ length: 30 }, (_, i) => question("big", i + 1, `S${i % 4}`)));

  it("same seed, same order; another seed, another order", () => {
    const a = pickQuestions([many], criteria({ deckIds: ["big"], order: "shuffled", seed: "k3f9qa", count: 10 }));
    const b = pickQuestions([many], criteria({ deckIds: ["big"], order: "shuffled", seed: "k3f9qa", count: 10 }));
    const c = pickQuestions([many], criteria({ deckIds: ["big"], order: "shuffled", seed: "k3f9qb", count: 10 }));
    expect(ids(a.questions)).toEqual(ids(b.questions));
    expect(ids(a.questions)).not.toEqual(ids(c.questions));
    expect(ids(a.questions)).not.toEqual(ids(many.questions.slice(0, 10)));
  });

  it("property: a permutation of the matches, reproducible from the seed, smaller counts are prefixes", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (seed, count, smaller) => {
        const base = criteria({ deckIds: ["big"], order: "shuffled", seed });
        const all = pickQuestions([many], { ...base, count: 30 }).questions;
        expect(ids(all).sort()).toEqual(ids(many.questions).sort());
        const first = pickQuestions([many], { ...base, count });
        expect(ids(first.questions)).toEqual(ids(pickQuestions([many], { ...base, count }).questions));
        expect(ids(first.questions)).toEqual(ids(all).slice(0, Math.min(count, 30)));
        const prefix = pickQuestions([many], { ...base, count: Math.min(smaller, count) });
        expect(ids(prefix.questions)).toEqual(ids(first.questions).slice(0, Math.min(smaller, count, 30)));
      }),
    );
  });

  it("property: shuffle is a permutation and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = items.slice();
        const out = shuffle(items, createRandom(seed));
        expect(items).toEqual(copy);
        expect(out.slice().sort((x, y) => x - y)).toEqual(copy.sort((x, y) => x - y));
        expect(shuffle(items, createRandom(seed))).toEqual(out);
      }),
    );
  });

  it("every position is reachable: over many seeds the first pick is spread out", () => {
    const firsts = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      const q = pickQuestions([many], criteria({ deckIds: ["big"], order: "shuffled", seed: `seed-${i}`, count: 1 })).questions[0];
      if (q) firsts.add(q.id);
    }
    expect(firsts.size).toBeGreaterThan(25);
  });

  it("the generator stays in [0, 1) and is deterministic", () => {
    const a = mulberry32(hashSeed("x"));
    const b = mulberry32(hashSeed("x"));
    for (let i = 0; i < 1000; i += 1) {
      const v = a();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      expect(b()).toBe(v);
    }
    expect(hashSeed("a")).not.toBe(hashSeed("b"));
  });

  it("makeSeed gives short readable seeds, reproducible from its randomness", () => {
    const seed = makeSeed(createRandom("r"));
    expect(seed).toMatch(/^[a-hj-km-np-z2-9]{6}$/);
    expect(makeSeed(createRandom("r"))).toBe(seed);
    expect(makeSeed(() => 0.999999, 3)).toBe("999");
  });
});

describe("pickQuestions orders from history (orderedIds)", () => {
  it("due and weakest-first put the listed questions first, in the given order, then the rest in deck order", () => {
    for (const order of ["due", "weakest-first"] as const) {
      const result = pickQuestions([AWS, K8S], criteria({ order, orderedIds: ["k8s/q2", "aws/q3", "gone/q9", "k8s/q2"] }));
      expect(ids(result.questions)).toEqual(["k8s/q2", "aws/q3", "aws/q1", "aws/q2", "aws/q5", "k8s/q1"]);
    }
  });

  it("the count takes a prefix, and filters still apply to the listed questions", () => {
    const picked = pickQuestions([AWS, K8S], criteria({ order: "due", orderedIds: ["aws/q2", "k8s/q1", "aws/q5"], kinds: ["concept"], count: 2 }));
    expect(ids(picked.questions)).toEqual(["k8s/q1", "aws/q5"]);
    expect(picked).toMatchObject({ available: 5, capped: false });
  });

  it("other orders ignore orderedIds; no list means deck order", () => {
    expect(ids(pickQuestions([AWS], criteria({ orderedIds: ["aws/q5"] })).questions)[0]).toBe("aws/q1");
    expect(ids(pickQuestions([AWS], criteria({ order: "weakest-first" })).questions)).toEqual(["aws/q1", "aws/q2", "aws/q3", "aws/q5"]);
  });
});
