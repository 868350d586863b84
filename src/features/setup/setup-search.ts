import type { DeckSummary, QuestionKind } from "../../deck/deck-types.ts";
import {
  DEFAULT_PER_QUESTION_SECONDS,
  type SessionConfig,
  type SessionMode,
  type SessionOrder,
  type TimeUpBehaviour,
  type TotalTimeUpBehaviour,
} from "../../interview/session-types.ts";
import type { SetupLink } from "./setup-link.ts";

/**
 * The setup screen's search params. A link holds only what differs from the defaults, so it
 * stays short; `configFromSearch` fills in the rest. Read by `setupLinkSchema` (setup-link.ts,
 * loaded only when there is a link to read), then settled against the deck catalogue here.
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

/** What a param that is present but not valid reads as (setup-link.ts): its default applies and the link notice names it. */
export const INVALID = Symbol("invalid");

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

/** The ids of a (validated) `decks` param. */
function deckIdsOf(decks: string): string[] {
  return decks === "" ? [] : decks.split(",");
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
  const deckIds = search.decks === undefined ? [] : deckIdsOf(search.decks);
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
 * Settles a link read by `setupLinkSchema` against the catalogue: deck ids and topic titles must
 * exist in `catalog` (or, while it is `pending`, are kept for a later pass). Each param stands
 * alone: a bad one is dropped (its default applies) and named in `reset`.
 */
export function settleSetupLink(
  link: SetupLink,
  catalog: readonly DeckSummary[],
  { pending = false }: ParseSetupOptions = {},
): ParsedSetupSearch {
  const search: SetupSearch = {};
  const reset: SetupParam[] = [];
  const { decks, topics, kinds, notice, reset: earlier, ...rest } = link;

  if (decks !== undefined) {
    const ids = decks === INVALID ? undefined : decks;
    const { kept, dropped } = keepKnownOrPending(
      ids ?? [],
      catalog.map((deck) => deck.id),
      pending,
    );
    // A list of nothing but unknown decks falls back to every deck, not to none.
    if (ids !== undefined && !(dropped && kept.length === 0)) search.decks = kept.join(",");
    if (ids === undefined || dropped) reset.push("decks");
  }
  if (topics !== undefined) {
    const titles = topics === INVALID ? undefined : topics;
    const { kept, dropped } = keepKnownOrPending(titles ?? [], uniqueTitles(catalog), pending);
    if (titles !== undefined && !(dropped && kept.length === 0)) search.topics = kept;
    if (titles === undefined || dropped) reset.push("topics");
  }
  if (kinds === INVALID) reset.push("kinds");
  else if (kinds !== undefined) search.kinds = keepKnown(kinds, KINDS).kept.join(",");
  for (const [key, value] of Object.entries(rest) as [SetupParam, unknown][]) {
    if (value === INVALID) reset.push(key);
    else if (value !== undefined) Object.assign(search, { [key]: value });
  }
  if (notice !== undefined) search.notice = notice;
  // Resets named by an earlier pass of the validator (see `SetupSearch.reset`) are kept.
  const named = new Set<string>([...(earlier ?? []), ...reset]);
  return { search, reset: SETUP_PARAMS.filter((param) => named.has(param)) };
}

/** The search the route keeps: every key present (see `validateSetupSearch`), resets named in `reset`. */
export function routeSearch({ search, reset }: ParsedSetupSearch): SetupSearch {
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
    deckIds: search.decks === undefined ? allIds : keepKnown(deckIdsOf(search.decks), allIds).kept,
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
