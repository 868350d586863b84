import * as v from "valibot";
import { SESSION_ORDERS } from "../../interview/session-orders.ts";
import { isRecord } from "../../lib/is-record.ts";
import type { DeckSummary } from "../../deck/deck-types.ts";
import type { SessionMode, TimeUpBehaviour, TotalTimeUpBehaviour } from "../../interview/session-types.ts";
import {
  INVALID,
  KINDS,
  MAX_COUNT,
  routeSearch,
  settleSetupLink,
  type ParsedSetupSearch,
  type ParseSetupOptions,
  type SetupSearch,
} from "./setup-search.ts";

/*
 * Reading a link's params: the valibot schema and the two ways the app runs it. A chunk of its own
 * (see link-reader.ts): a first visit to a bare `/` has no link to read, and the setup page's JS
 * budget cannot carry a schema library it does not use.
 */

const MIN_LIMIT_SECONDS = 10;
const MAX_LIMIT_SECONDS = 12 * 60 * 60;
const MAX_TOTAL_MINUTES = 24 * 60;
const MAX_TOPICS = 1000;
const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

const TIME_UP: readonly TimeUpBehaviour[] = ["overrun", "reveal"];
const TOTAL_TIME_UP: readonly TotalTimeUpBehaviour[] = ["overrun", "end"];
const MODES: readonly SessionMode[] = ["practice", "interview"];

/**
 * A param that is absent (left out), valid (its value) or not valid (`INVALID`): never a failure.
 * The `optional` is outermost because an object schema fills a missing key from a `fallback`.
 */
function param<T extends v.GenericSchema>(schema: T) {
  return v.optional(v.fallback(v.union([schema, v.custom<typeof INVALID>((value) => value === INVALID)]), INVALID));
}

/** A whole number in [min, max]; numeric strings count too (a hand-typed `count="5"`). */
const wholeNumber = (min: number, max: number) =>
  v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.regex(/\S/), v.transform(Number))]),
    v.safeInteger(),
    v.minValue(min),
    v.maxValue(max),
  );

/** One item of a list: text, or a number (the default search parser turns `decks=2024` into 2024). */
const textItem = v.union([v.string(), v.pipe(v.number(), v.transform(String))]);

/** A list from a comma-separated string (split) or an array of strings; "" and [] are the empty list. */
const textList = (split: boolean) =>
  v.union([
    v.pipe(v.array(textItem), v.maxLength(MAX_TOPICS)),
    v.pipe(
      textItem,
      v.transform((text: string) => (!split ? [text] : text === "" ? [] : text.split(",").map((item) => item.trim()))),
    ),
  ]);

const limit = v.union([v.literal("off"), wholeNumber(MIN_LIMIT_SECONDS, MAX_LIMIT_SECONDS)]);

const seed = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.transform(String))]),
  v.regex(SEED_PATTERN),
);

/**
 * Every param a link to setup can hold, each read on its own: a bad one never sinks the others.
 * Deck ids and topic titles are only lists here; whether they exist is a question for the
 * catalogue (`settleSetupLink`). Unknown params are dropped.
 *
 * Valibot rather than zod, which checks everything stored or imported: a link is read before
 * the setup page's first paint, and valibot's functions tree-shake to about 2 KiB gzip here
 * against about 8 KiB for zod/mini's core.
 */
export const setupLinkSchema = v.object({
  decks: param(textList(true)),
  topics: param(textList(false)),
  kinds: param(v.pipe(textList(true), v.array(v.picklist(KINDS)))),
  count: param(wholeNumber(1, MAX_COUNT)),
  order: param(v.picklist(SESSION_ORDERS)),
  seed: param(seed),
  concept: param(limit),
  scenario: param(limit),
  total: param(wholeNumber(1, MAX_TOTAL_MINUTES)),
  onTimeUp: param(v.picklist(TIME_UP)),
  mode: param(v.picklist(MODES)),
  onTotalTimeUp: param(v.picklist(TOTAL_TIME_UP)),
  // Neither is a setting: a bad value is simply left out.
  notice: v.fallback(v.optional(v.literal("no-session")), undefined),
  reset: v.fallback(v.optional(textList(true)), undefined),
});

/** A link's params as read, before the catalogue has had its say. */
export type SetupLink = v.InferOutput<typeof setupLinkSchema>;

/** Reads anything a link can hold; input that is not a params object reads as no params. */
export function readSetupLink(raw: unknown): SetupLink {
  const input = isRecord(raw) ? raw : {};
  return v.parse(setupLinkSchema, input);
}

/** Reads untrusted search params (anything a link can hold) into a valid `SetupSearch`, against `catalog`. */
export function parseSetupSearch(raw: unknown, catalog: readonly DeckSummary[], options: ParseSetupOptions = {}): ParsedSetupSearch {
  return settleSetupLink(readSetupLink(raw), catalog, options);
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
  return routeSearch(parseSetupSearch(raw, catalog, options));
}
