import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DeckSummary, SectionSummary } from "../../src/deck/deck-types.ts";
import type { SessionConfig } from "../../src/interview/session-types.ts";
import { parseSetupSearch, validateSetupSearch } from "../../src/features/setup/setup-link.ts";
import { configFromSearch, searchFromConfig, withTopics } from "../../src/features/setup/setup-search.ts";
import { countQuestions, startBlockedReason } from "../../src/features/setup/setup-counts.ts";

function section(title: string, concept: number, scenario = 0): SectionSummary {
  return { title, count: concept + scenario, concept, scenario };
}

function summary(id: string, sections: SectionSummary[]): DeckSummary {
  const concept = sections.reduce((n, s) => n + s.concept, 0);
  const scenario = sections.reduce((n, s) => n + s.scenario, 0);
  return { id, title: `Deck ${id}`, questionCount: concept + scenario, sections, kinds: { concept, scenario } };
}

const CATALOG = [
  summary("aws", [section("Compute", 3), section("Networking & Security", 2), section("Scenarios", 0, 4)]),
  summary("k8s", [section("Pods", 2), section("Networking & Security", 1, 1)]),
];

const DEFAULT_CONFIG: SessionConfig = {
  deckIds: ["aws", "k8s"],
  sections: null,
  kinds: ["concept", "scenario"],
  count: 10,
  order: "shuffled",
  seed: "",
  perQuestionSeconds: { concept: 180, scenario: 360 },
  totalSeconds: null,
  onTimeUp: "overrun",
  mode: "practice",
};

const parse = (raw: unknown) => parseSetupSearch(raw, CATALOG);

describe("parseSetupSearch: what a link may hold", () => {
  it("an empty link is every default, with nothing to report", () => {
    expect(parse({})).toEqual({ search: {}, reset: [] });
    expect(configFromSearch({}, CATALOG)).toEqual(DEFAULT_CONFIG);
  });

  it.each([null, undefined, "count=3", 42, [], [["count", 3]]])(
    "input that is not a params object (%j) reads as no params",
    (raw) => {
      expect(parse(raw)).toEqual({ search: {}, reset: [] });
    },
  );

  it("keeps every valid setting", () => {
    const raw = {
      decks: "k8s",
      topics: ["Pods"],
      kinds: "scenario,concept",
      count: 7,
      order: "in-order",
      seed: "k3f9qa",
      concept: "off",
      scenario: 600,
      total: 45,
      onTimeUp: "reveal",
      mode: "interview",
    };
    expect(parse(raw)).toEqual({
      search: { ...raw, kinds: "concept,scenario" },
      reset: [],
    });
  });

  it("names every bad param, in a fixed order, and drops only those", () => {
    const { search, reset } = parse({ order: "zzz", count: "abc", mode: "interview", seed: "a b" });
    expect(search).toEqual({ mode: "interview" });
    expect(reset).toEqual(["count", "order", "seed"]);
  });

  it.each<[string, unknown, unknown]>([
    ["count", "abc", undefined],
    ["count", 0, undefined],
    ["count", -3, undefined],
    ["count", 2.5, undefined],
    ["count", 1e9, undefined],
    ["count", Number.NaN, undefined],
    ["count", Number.POSITIVE_INFINITY, undefined],
    ["count", true, undefined],
    ["count", [5], undefined],
    ["count", { n: 5 }, undefined],
    ["count", "", undefined],
    ["count", "12", 12],
    ["count", 1000, 1000],
    ["order", "zzz", undefined],
    ["order", "Shuffled", undefined],
    ["order", null, undefined],
    ["seed", "", undefined],
    ["seed", "<script>alert(1)</script>", undefined],
    ["seed", "x".repeat(33), undefined],
    ["seed", { seed: "abc" }, undefined],
    ["seed", -5, undefined],
    ["seed", 12345, "12345"],
    ["seed", "abc_DEF-9", "abc_DEF-9"],
    ["concept", 5, undefined],
    ["concept", 99_999, undefined],
    ["concept", "OFF", undefined],
    ["concept", "180", 180],
    ["concept", "off", "off"],
    ["scenario", 90.5, undefined],
    ["total", 0, undefined],
    ["total", 1.5, undefined],
    ["total", 100_000, undefined],
    ["total", "10", 10],
    ["onTimeUp", "explode", undefined],
    ["onTotalTimeUp", "stop", undefined],
    ["onTotalTimeUp", "end", "end"],
    ["mode", "INTERVIEW", undefined],
    ["kinds", "concept,bogus", undefined],
    ["kinds", ["concept", 3], undefined],
    ["kinds", {}, undefined],
    ["kinds", "", ""],
    ["kinds", ["scenario"], "scenario"],
  ])("%s=%j → %j", (key, value, expected) => {
    const { search, reset } = parse({ [key]: value });
    expect(search).toEqual(expected === undefined ? {} : { [key]: expected });
    expect(reset).toEqual(expected === undefined ? [key] : []);
  });

  it("decks: unknown ids are dropped and reported; only unknown ones fall back to every deck", () => {
    expect(parse({ decks: "nope,aws" })).toEqual({ search: { decks: "aws" }, reset: ["decks"] });
    expect(parse({ decks: "nope" })).toEqual({ search: {}, reset: ["decks"] });
    expect(parse({ decks: ["k8s", "aws", "aws"] })).toEqual({ search: { decks: "aws,k8s" }, reset: [] });
    expect(parse({ decks: "" })).toEqual({ search: { decks: "" }, reset: [] });
    expect(parse({ decks: { aws: true } })).toEqual({ search: {}, reset: ["decks"] });
  });

  it("topics: titles must exist; one title alone may come as a string; a huge list is refused", () => {
    expect(parse({ topics: "Networking & Security" })).toEqual({
      search: { topics: ["Networking & Security"] },
      reset: [],
    });
    expect(parse({ topics: ["Pods", "Gone"] })).toEqual({ search: { topics: ["Pods"] }, reset: ["topics"] });
    expect(parse({ topics: ["Gone"] })).toEqual({ search: {}, reset: ["topics"] });
    expect(parse({ topics: [] })).toEqual({ search: { topics: [] }, reset: [] });
    expect(parse({ topics: [{}] })).toEqual({ search: {}, reset: ["topics"] });
    expect(parse({ topics: Array.from({ length: 2000 }, () => "Pods") })).toEqual({ search: {}, reset: ["topics"] });
  });

  it("ignores unknown params and prototype keys, and keeps the no-session notice without calling it a setting", () => {
    const raw = JSON.parse(
      '{"__proto__": {"count": 3}, "constructor": 1, "utm_source": "x", "notice": "no-session"}',
    ) as unknown;
    expect(parse(raw)).toEqual({ search: { notice: "no-session" }, reset: [] });
    expect(parse({ notice: "hello" })).toEqual({ search: {}, reset: [] });
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  });

  it("never throws, and what it returns reads back unchanged with nothing to report", () => {
    const keys = fc.constantFrom(
      "decks",
      "topics",
      "kinds",
      "count",
      "order",
      "seed",
      "concept",
      "scenario",
      "total",
      "onTimeUp",
      "mode",
      "onTotalTimeUp",
      "notice",
      "reset",
      "other",
    );
    fc.assert(
      fc.property(fc.dictionary(keys, fc.jsonValue()), (raw) => {
        const { search } = parse(raw);
        expect(parse(search)).toEqual({ search, reset: [] });
        const validated = validateSetupSearch(raw, CATALOG);
        expect(validateSetupSearch(validated, CATALOG)).toEqual(validated);
      }),
      { numRuns: 300 },
    );
  });
});

describe("validateSetupSearch: what the route sees", () => {
  it("names the reset settings in the search itself, since the router rewrites the URL before the screen renders", () => {
    const validated = validateSetupSearch({ count: "abc", order: "zzz", mode: "interview" }, CATALOG);
    expect(validated).toEqual({ mode: "interview", reset: "count,order" });
    // Validating again (the router does, on every navigation) keeps the names.
    expect(validateSetupSearch(validated, CATALOG)).toEqual(validated);
    expect(validateSetupSearch({ ...validated, seed: "!!" }, CATALOG).reset).toBe("count,order,seed");
  });

  it("every setting is an own key, undefined when absent, so the raw value cannot show through the router's merge", () => {
    const raw: Record<string, unknown> = { count: "abc", notice: "bogus", utm: "x" };
    const validated = validateSetupSearch(raw, CATALOG);
    // What the router does with the validator's output (router-core matchRoutes).
    const merged = { ...raw, ...validated };
    expect(merged.count).toBeUndefined();
    expect(merged.notice).toBeUndefined();
    expect(configFromSearch(merged, CATALOG).count).toBe(10);
  });

  it("a reset marker from a link only names known settings", () => {
    expect(validateSetupSearch({ reset: "count,evil,__proto__" }, CATALOG).reset).toBe("count");
    expect(validateSetupSearch({ reset: { count: 1 } }, CATALOG).reset).toBeUndefined();
    expect(validateSetupSearch({ reset: "" }, CATALOG).reset).toBeUndefined();
  });
});

describe("configFromSearch and searchFromConfig", () => {
  it("the default config makes an empty link, apart from the seed of a shuffle", () => {
    expect(searchFromConfig(DEFAULT_CONFIG, CATALOG)).toEqual({});
    expect(searchFromConfig({ ...DEFAULT_CONFIG, seed: "abc123" }, CATALOG)).toEqual({ seed: "abc123" });
    expect(searchFromConfig({ ...DEFAULT_CONFIG, seed: "abc123", order: "in-order" }, CATALOG)).toEqual({
      order: "in-order",
    });
  });

  it("round-trips a config that differs in every setting", () => {
    const config: SessionConfig = {
      deckIds: ["k8s"],
      sections: ["Pods"],
      kinds: ["scenario"],
      count: 3,
      order: "shuffled",
      seed: "zz9",
      perQuestionSeconds: { concept: null, scenario: 240 },
      totalSeconds: 30 * 60,
      onTimeUp: "reveal",
      mode: "interview",
      onTotalTimeUp: "end",
    };
    const search = searchFromConfig(config, CATALOG);
    expect(search).toEqual({
      decks: "k8s",
      topics: ["Pods"],
      kinds: "scenario",
      count: 3,
      seed: "zz9",
      concept: "off",
      scenario: 240,
      total: 30,
      onTimeUp: "reveal",
      mode: "interview",
      onTotalTimeUp: "end",
    });
    expect(parse(search).reset).toEqual([]);
    expect(configFromSearch(parse(search).search, CATALOG)).toEqual(config);
  });

  it("no decks, topics or kinds stay distinct from all of them", () => {
    const none = { ...DEFAULT_CONFIG, deckIds: [], sections: [], kinds: [] };
    const search = searchFromConfig(none, CATALOG);
    expect(search).toEqual({ decks: "", topics: [], kinds: "" });
    expect(configFromSearch(parse(search).search, CATALOG)).toEqual(none);
  });
});

describe("withTopics", () => {
  it("unticking one topic lists the others; ticking it again means every topic", () => {
    const without = withTopics(null, ["Compute"], false, CATALOG);
    expect(without).toEqual(["Networking & Security", "Scenarios", "Pods"]);
    expect(withTopics(without, ["Compute"], true, CATALOG)).toBeNull();
  });

  it("ticks and unticks a deck's topics together", () => {
    expect(withTopics(null, ["Compute", "Networking & Security", "Scenarios"], false, CATALOG)).toEqual(["Pods"]);
    expect(withTopics([], ["Pods"], true, CATALOG)).toEqual(["Pods"]);
  });
});

describe("countQuestions and startBlockedReason", () => {
  it("counts what the decks, topics and kinds leave", () => {
    expect(countQuestions(DEFAULT_CONFIG, CATALOG)).toEqual({ byKind: { concept: 8, scenario: 5 }, available: 13 });
    const networking = { ...DEFAULT_CONFIG, sections: ["Networking & Security"] };
    expect(countQuestions(networking, CATALOG)).toEqual({ byKind: { concept: 3, scenario: 1 }, available: 4 });
    expect(countQuestions({ ...networking, deckIds: ["aws"], kinds: ["scenario"] }, CATALOG).available).toBe(0);
  });

  it("says why nothing can start", () => {
    const reason = (patch: Partial<SessionConfig>) => {
      const config = { ...DEFAULT_CONFIG, ...patch };
      return startBlockedReason(config, countQuestions(config, CATALOG));
    };
    expect(reason({})).toBeNull();
    expect(reason({ deckIds: [] })).toMatch(/at least one deck/);
    expect(reason({ sections: [] })).toMatch(/at least one topic/);
    expect(reason({ kinds: [] })).toMatch(/at least one kind/);
    expect(reason({ deckIds: ["aws"], sections: ["Pods"] })).toMatch(/No questions match/);
  });
});
