import type { DeckSummary, QuestionKind } from "../../deck/deck-types.ts";
import {
  DEFAULT_PER_QUESTION_SECONDS,
  type SessionConfig,
  type SessionMode,
  type SessionOrder,
  type TimeUpBehaviour,
  type TotalTimeUpBehaviour,
} from "../../interview/session-types.ts";

/**
 * The setup screen's search params. A link holds only what differs from the defaults, so it
 * stays short; `configFromSearch` fills in the rest. A plain function validator rather than a
 * schema library: the setup page's JS budget is nearly spent.
 */
export interface SetupSearch {
  /** Deck ids, comma-separated, in catalogue order; "" = none. Absent: every deck. */
  decks?: string;
  /** Section (topic) titles; [] = none. Absent: every topic. */
  topics?: string[];
  /** "concept", "scenario" or "concept,scenario"; "" = none. Absent: both. */
  kinds?: string;
  /** Questions asked for (capped at what the filters leave when the session starts). */
  count?: number;
  order?: SessionOrder;
  /** Seed of the shuffle; kept only while the order is shuffled. */
  seed?: string;
  /** Per-question limit for concept questions, in seconds, or "off". */
  concept?: number | "off";
  /** Per-question limit for scenario questions, in seconds, or "off". */
  scenario?: number | "off";
  /** Limit for the whole session, in minutes. */
  total?: number;
  onTimeUp?: TimeUpBehaviour;
  /** What the end of the session's total time does; "overrun" (keep going) when absent. */
  onTotalTimeUp?: TotalTimeUpBehaviour;
  mode?: SessionMode;
  /** Set by /session's redirect when there is no session to show; not a setting. */
  notice?: "no-session";
  /**
   * Settings of the link that were not valid and fell back to defaults, comma-separated; set by
   * the validator itself. It has to travel in the search: the router rewrites the URL to the
   * validated search before the screen first renders, so the bad values are gone by then.
   */
  reset?: string;
}

/** A setting that a link can carry (and that can be reset when it is not valid). */
export type SetupParam = Exclude<keyof SetupSearch, "notice" | "reset">;

export interface ParsedSetupSearch {
  search: SetupSearch;
  /** Params present in the link but not valid (wholly or partly), in a fixed order: said on screen. */
  reset: SetupParam[];
}

export const DEFAULT_COUNT = 10;
export const MAX_COUNT = 1000;
export const KINDS: readonly QuestionKind[] = ["concept", "scenario"];
const MIN_LIMIT_SECONDS = 10;
const MAX_LIMIT_SECONDS = 12 * 60 * 60;
const MAX_TOTAL_MINUTES = 24 * 60;
const MAX_TOPICS = 1000;
const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** Every setting, in the order a reset is reported. */
const SETUP_PARAMS: readonly SetupParam[] = [
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
];

const ORDERS: readonly SessionOrder[] = ["shuffled", "in-order", "due", "weakest-first"];
const TIME_UP: readonly TimeUpBehaviour[] = ["overrun", "reveal"];
const TOTAL_TIME_UP: readonly TotalTimeUpBehaviour[] = ["overrun", "end"];
const MODES: readonly SessionMode[] = ["practice", "interview"];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((item) => item === value);
}

/** A whole number in [min, max]; numeric strings count too (a hand-typed `count="5"`). */
function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/**
 * A list from a comma-separated string or an array of strings ("" and [] are the empty list).
 * The default search parser turns `decks=2024` into a number, so finite numbers read as text.
 */
function textList(value: unknown, split: boolean): string[] | undefined {
  const text = (item: unknown) =>
    typeof item === "string" ? item : typeof item === "number" && Number.isFinite(item) ? String(item) : undefined;
  if (Array.isArray(value)) {
    if (value.length > MAX_TOPICS) return undefined;
    const items = value.map(text);
    return items.every((item) => item !== undefined) ? (items as string[]) : undefined;
  }
  const single = text(value);
  if (single === undefined) return undefined;
  if (!split) return [single];
  return single === "" ? [] : single.split(",").map((item) => item.trim());
}

/** Keeps the known items in the order of `known`; says whether any were unknown. */
function keepKnown(items: readonly string[], known: readonly string[]): { kept: string[]; dropped: boolean } {
  const wanted = new Set(items);
  const kept = known.filter((item) => wanted.has(item));
  return { kept, dropped: [...wanted].some((item) => !known.includes(item)) };
}

/**
 * As `keepKnown`, or, while the catalogue is still incomplete (`pending`), every item: the known
 * ones in catalogue order, then the rest as given (a saved deck the link names may still turn up).
 */
function keepKnownOrPending(items: readonly string[], known: readonly string[], pending: boolean) {
  const result = keepKnown(items, known);
  if (!pending || !result.dropped) return result;
  const unknown = [...new Set(items)].filter((item) => !known.includes(item));
  return { kept: [...result.kept, ...unknown], dropped: false };
}

function uniqueTitles(decks: readonly DeckSummary[]): string[] {
  return [...new Set(decks.flatMap((deck) => deck.sections.map((section) => section.title)))];
}

/**
 * Whether a (validated) search names decks or topics that `catalog` lacks: a link to a saved deck
 * read before the saved decks have loaded.
 */
export function namesUnknownDecks(search: SetupSearch, catalog: readonly DeckSummary[]): boolean {
  const ids = new Set(catalog.map((deck) => deck.id));
  const titles = new Set(uniqueTitles(catalog));
  const deckIds = search.decks === undefined ? [] : (textList(search.decks, true) ?? []);
  return deckIds.some((id) => !ids.has(id)) || (search.topics ?? []).some((title) => !titles.has(title));
}

export interface ParseSetupOptions {
  /**
   * The catalogue is not complete yet (saved decks still loading): deck ids and topic titles it
   * lacks are kept rather than reset, until a later pass with the whole catalogue.
   */
  pending?: boolean;
}

/**
 * Reads untrusted search params (anything a link can hold) into a valid `SetupSearch`. Each
 * param stands alone: a bad one is dropped (its default applies) and named in `reset`; unknown
 * params are ignored. Deck ids and topic titles must exist in `catalog` (or, while it is
 * `pending`, are kept for a later pass).
 */
export function parseSetupSearch(
  raw: unknown,
  catalog: readonly DeckSummary[],
  { pending = false }: ParseSetupOptions = {},
): ParsedSetupSearch {
  const input = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const has = (key: string) => Object.hasOwn(input, key) && input[key] !== undefined;
  const search: SetupSearch = {};
  const reset: SetupParam[] = [];

  if (has("decks")) {
    const ids = textList(input.decks, true);
    const { kept, dropped } = keepKnownOrPending(
      ids ?? [],
      catalog.map((deck) => deck.id),
      pending,
    );
    // A list of nothing but unknown decks falls back to every deck, not to none.
    if (ids !== undefined && !(dropped && kept.length === 0)) search.decks = kept.join(",");
    if (ids === undefined || dropped) reset.push("decks");
  }
  if (has("topics")) {
    const titles = textList(input.topics, false);
    const { kept, dropped } = keepKnownOrPending(titles ?? [], uniqueTitles(catalog), pending);
    if (titles !== undefined && !(dropped && kept.length === 0)) search.topics = kept;
    if (titles === undefined || dropped) reset.push("topics");
  }
  if (has("kinds")) {
    const kinds = textList(input.kinds, true);
    if (kinds !== undefined && kinds.every((kind) => oneOf(KINDS, kind))) {
      search.kinds = keepKnown(kinds, KINDS).kept.join(",");
    } else {
      reset.push("kinds");
    }
  }
  /** Reads one param; a value that does not parse is dropped and named in `reset`. */
  function take<T>(key: SetupParam, parse: (value: unknown) => T | undefined): T | undefined {
    if (!has(key)) return undefined;
    const value = parse(input[key]);
    if (value === undefined) reset.push(key);
    return value;
  }
  const limit = (value: unknown) =>
    value === "off" ? "off" : wholeNumber(value, MIN_LIMIT_SECONDS, MAX_LIMIT_SECONDS);
  const seed = (value: unknown) => {
    const text = typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
    return typeof text === "string" && SEED_PATTERN.test(text) ? text : undefined;
  };

  const picked: SetupSearch = {
    count: take("count", (value) => wholeNumber(value, 1, MAX_COUNT)),
    order: take("order", (value) => oneOf(ORDERS, value)),
    seed: take("seed", seed),
    concept: take("concept", limit),
    scenario: take("scenario", limit),
    total: take("total", (value) => wholeNumber(value, 1, MAX_TOTAL_MINUTES)),
    onTimeUp: take("onTimeUp", (value) => oneOf(TIME_UP, value)),
    mode: take("mode", (value) => oneOf(MODES, value)),
    onTotalTimeUp: take("onTotalTimeUp", (value) => oneOf(TOTAL_TIME_UP, value)),
  };
  for (const [key, value] of Object.entries(picked)) {
    if (value !== undefined) Object.assign(search, { [key]: value });
  }
  if (input.notice === "no-session") search.notice = "no-session";
  // Resets named by an earlier pass of the validator (see `SetupSearch.reset`) are kept.
  const earlier = textList(input.reset, true) ?? [];
  const named = new Set<string>([...earlier, ...reset]);
  return { search, reset: SETUP_PARAMS.filter((param) => named.has(param)) };
}

/**
 * `validateSearch` for the `/` route: bad params fall back to their defaults. Every key is
 * present (undefined when absent) because the router spreads the validated search over the raw
 * one: a key left out would let the raw, unvalidated value through.
 */
export function validateSetupSearch(
  raw: unknown,
  catalog: readonly DeckSummary[],
  options: ParseSetupOptions = {},
): SetupSearch {
  const { search, reset } = parseSetupSearch(raw, catalog, options);
  const cleared = Object.fromEntries([...SETUP_PARAMS, "notice"].map((key) => [key, undefined])) as SetupSearch;
  return { ...cleared, ...search, reset: reset.length > 0 ? reset.join(",") : undefined };
}

function limitFrom(value: number | "off" | undefined, fallback: number | null): number | null {
  if (value === undefined) return fallback;
  return value === "off" ? null : value;
}

/** The whole config a (validated) search stands for, defaults filled in. `seed` is "" until one is chosen. */
export function configFromSearch(search: SetupSearch, catalog: readonly DeckSummary[]): SessionConfig {
  const allIds = catalog.map((deck) => deck.id);
  return {
    deckIds: search.decks === undefined ? allIds : keepKnown(textList(search.decks, true) ?? [], allIds).kept,
    sections: search.topics ?? null,
    kinds: search.kinds === undefined ? [...KINDS] : (keepKnown(search.kinds.split(","), KINDS).kept as QuestionKind[]),
    count: search.count ?? DEFAULT_COUNT,
    order: search.order ?? "shuffled",
    seed: search.seed ?? "",
    perQuestionSeconds: {
      concept: limitFrom(search.concept, DEFAULT_PER_QUESTION_SECONDS.concept),
      scenario: limitFrom(search.scenario, DEFAULT_PER_QUESTION_SECONDS.scenario),
    },
    totalSeconds: search.total === undefined ? null : search.total * 60,
    onTimeUp: search.onTimeUp ?? "overrun",
    mode: search.mode ?? "practice",
    ...(search.onTotalTimeUp === "end" ? { onTotalTimeUp: "end" as const } : {}),
  };
}

/** The shortest search that stands for `config`: defaults are left out. */
export function searchFromConfig(
  config: SessionConfig,
  catalog: readonly DeckSummary[],
  { keepDeckList = false }: { keepDeckList?: boolean } = {},
): SetupSearch {
  const search: SetupSearch = {};
  const allIds = catalog.map((deck) => deck.id);
  const deckIds = keepKnown(config.deckIds, allIds).kept;
  // `keepDeckList`: the catalogue is still incomplete (saved decks loading) and the link named its
  // decks, so "every deck known so far" must stay a list rather than become "every deck".
  if (deckIds.length !== allIds.length || keepDeckList) search.decks = deckIds.join(",");
  if (config.sections !== null) search.topics = keepKnown(config.sections, uniqueTitles(catalog)).kept;
  const kinds = keepKnown(config.kinds, KINDS).kept;
  if (kinds.length !== KINDS.length) search.kinds = kinds.join(",");
  if (config.count !== DEFAULT_COUNT) search.count = config.count;
  if (config.order !== "shuffled") search.order = config.order;
  else if (config.seed !== "") search.seed = config.seed;
  for (const kind of KINDS) {
    const limit = config.perQuestionSeconds[kind];
    if (limit !== DEFAULT_PER_QUESTION_SECONDS[kind]) search[kind] = limit ?? "off";
  }
  if (config.totalSeconds !== null) search.total = Math.max(1, Math.round(config.totalSeconds / 60));
  if (config.onTimeUp !== "overrun") search.onTimeUp = config.onTimeUp;
  if (config.mode !== "practice") search.mode = config.mode;
  if (config.onTotalTimeUp === "end") search.onTotalTimeUp = "end";
  return search;
}

/**
 * Topics after ticking or unticking some: every topic of the catalogue ticked is `null` ("all",
 * which also covers topics added later); otherwise the ticked titles in catalogue order.
 */
export function withTopics(
  sections: readonly string[] | null,
  titles: readonly string[],
  ticked: boolean,
  catalog: readonly DeckSummary[],
): string[] | null {
  const all = uniqueTitles(catalog);
  const current = new Set(sections ?? all);
  for (const title of titles) {
    if (ticked) current.add(title);
    else current.delete(title);
  }
  return all.every((title) => current.has(title)) ? null : all.filter((title) => current.has(title));
}
