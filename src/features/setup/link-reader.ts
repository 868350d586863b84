import type { DeckSummary } from "../../deck/deck-types.ts";
import { isRecord } from "../../lib/is-record.ts";
import { lazyModule } from "../../lib/lazy-module.ts";
import { afterPageIdle } from "../../store/page-idle.ts";
import { readRememberedSetup } from "./remembered-setup.ts";
import { routeSearch, type ParseSetupOptions, type SetupSearch } from "./setup-search.ts";
import type * as SetupLinkModule from "./setup-link.ts";

/*
 * The link reader (setup-link.ts: the link's schema and valibot) is its own chunk, loaded when
 * there is a link to read. A bare `/` needs none of it: its search is the defaults. It is loaded
 * before the router first matches a link (main.tsx), before setup writes a change into the link,
 * and once the page is idle (when setup also adds the new seed to a bare link). Should a link
 * come before it anyway (a quick click on a deck's "Practise" straight after load), the setup
 * route shows its pending screen, loads it and matches again (routes/index.tsx).
 */

type LinkReader = typeof SetupLinkModule;

const reader = lazyModule<LinkReader>(() => import("./setup-link.ts"));

/** Loads the link reader (once; a failed load is tried again on the next call). */
export function loadLinkReader(): Promise<LinkReader> {
  return reader.load();
}

/**
 * The link reader for writing a link: at once for a change the person made; for a tidy-up of a
 * bare `/` (adding the new seed), when the page is idle, so a first visit does not load it for
 * that. (A link with settings had it loaded before it was read.)
 */
export function linkReaderFor(change: "person" | "tidy"): Promise<unknown> {
  if (reader.loaded() !== undefined || change === "person") return loadLinkReader();
  return new Promise((resolve, reject) => afterPageIdle(() => loadLinkReader().then(resolve, reject)));
}

/** Thrown by the setup route's search validation for a link that came before its reader. */
export class LinkNotReadYet extends Error {
  constructor() {
    super("The link's settings are still being read.");
    this.name = "LinkNotReadYet";
  }
}

/** True for `LinkNotReadYet`, also as the cause of the router's search error that wraps it. */
export function isLinkNotReadYet(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    if (cause instanceof LinkNotReadYet) return true;
    cause = cause.cause;
  }
  return false;
}

function namesAnything(raw: unknown): boolean {
  return isRecord(raw) && Object.values(raw).some((value) => value !== undefined);
}

/**
 * The setup route's `validateSearch`: a bare `/` is the defaults at once; a link with params is
 * read by the link reader, which must have loaded (else `LinkNotReadYet`).
 */
export function readSetupRouteSearch(raw: unknown, catalog: readonly DeckSummary[], options: ParseSetupOptions): SetupSearch {
  const loaded = reader.loaded();
  if (loaded !== undefined) return loaded.validateSetupSearch(raw, catalog, options);
  if (!namesAnything(raw)) return routeSearch({ search: {}, reset: [] });
  throw new LinkNotReadYet();
}

/** Whether opening this location needs the link reader before the router first matches it. */
export function linkNeedsReader(location: { pathname: string; search: string }): boolean {
  return location.pathname === "/" && (location.search !== "" || readRememberedSetup() !== null);
}
