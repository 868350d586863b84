import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { createFileRoute, redirect, useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { isLinkNotReadYet, linkReaderFor, loadLinkReader, readSetupRouteSearch } from "../features/setup/link-reader.ts";
import { linkNamesNoSetting, readRememberedSetup } from "../features/setup/remembered-setup.ts";
import { SetupScreen } from "../features/setup/setup-screen.tsx";
import type { SetupSearch } from "../features/setup/setup-search.ts";
import { ErrorScreen } from "../features/shell/error-screen.tsx";
import { PendingScreen } from "../features/shell/pending-screen.tsx";
import { FirstRunGuide } from "../features/shell/first-run-guide.tsx";
import { useFirstRunGuideOpen } from "../store/first-run-store.ts";
import { currentDeckCatalog, useDeckSummaries } from "../store/deck-repository.ts";
import { loadSessionStore } from "../store/load-session-store.ts";
import { loadVoicePreferences } from "../store/load-voice-preferences.ts";
import { hasSavedSessions, hasSavedVoicePreferences } from "../store/stored-data.ts";

export const Route = createFileRoute("/")({
  // Each param is read by its schema (a bad one falls back to its default and is named in
  // `reset`), then settled against the catalogue: until the saved decks are read, a deck id the
  // link names may be one of them, so it is kept rather than reset. A bare `/` reads no schema.
  validateSearch: (raw: SetupSearch): SetupSearch => {
    const { decks, ready } = currentDeckCatalog();
    return readSetupRouteSearch(raw, decks, { pending: !ready });
  },
  // Arriving at a bare `/`, setup opens with the settings of the last session started; a link
  // that names any setting wins. Only on arrival: a setup tidied back to its defaults stays so.
  beforeLoad: async ({ search, cause }) => {
    if (cause !== "enter" || !linkNamesNoSetting(search)) return;
    const remembered = readRememberedSetup();
    if (remembered === null) return;
    // Should the reader not load (offline before it was ever cached), setup opens with the defaults.
    const reader = await loadLinkReader().catch(() => null);
    if (reader === null) return;
    const { decks, ready } = currentDeckCatalog();
    const { search: settings } = reader.parseSetupSearch(remembered, decks, { pending: !ready });
    if (linkNamesNoSetting(settings)) return;
    throw redirect({ to: "/", search: { ...settings, notice: search.notice }, replace: true });
  },
  // With something saved (an open session to resume, a notice), the session store loads before
  // the first paint, so the Resume banner and the notices do not push the form down a moment
  // later; likewise saved voice options, so the Voice box is ticked from the start. A first visit
  // has nothing saved and loads none of it. Should the code not load (offline before it was ever
  // cached), the page shows without them rather than not at all. (Saved decks are not waited
  // for: reading IndexedDB can stall, and they come after the bundled decks.)
  loader: async () => {
    await Promise.all([
      hasSavedSessions() ? loadSessionStore().catch(() => undefined) : undefined,
      hasSavedVoicePreferences() ? loadVoicePreferences().catch(() => undefined) : undefined,
    ]);
  },
  component: SetupRoute,
  errorComponent: SetupRouteError,
});

function SetupRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const router = useRouter();
  const catalog = useDeckSummaries({ onlyIfSaved: true });
  const guideOpen = useFirstRunGuideOpen();
  // Each change replaces the entry: Back leaves setup rather than undoing one checkbox. A rewrite
  // that comes late (the saved decks loaded after the person clicked away) must not pull them back.
  // The link reader comes first (see linkReaderFor): the router reads the new link. Until then the
  // screen shows the person's change already, and builds the next one on it; only the latest
  // change is written (it holds the ones before), and a tidy-up never overwrites a change.
  const [change, setChange] = useState<{ from: SetupSearch; to: SetupSearch } | null>(null);
  const latest = useRef(0);
  const replaceSearch = useCallback(
    (next: SetupSearch, tidy?: "tidy") => {
      const ticket = ++latest.current;
      if (tidy === undefined) setChange({ from: search, to: next });
      void linkReaderFor(tidy ?? "person")
        .catch(() => undefined)
        .then(() => {
          if (ticket !== latest.current) return;
          if (router.latestLocation.pathname === Route.fullPath) void navigate({ search: next, replace: true });
        });
    },
    [navigate, router, search],
  );
  const shown = change !== null && change.from === search ? change.to : search;
  // The guide is in the first paint, not fetched after it: appearing late, it pushed the whole
  // form down (under 1 KiB).
  const renderFirstRunGuide = useCallback(
    (sample: { onTrySample: () => void; sampleProblem: string | null }): ReactNode =>
      guideOpen ? <FirstRunGuide onTrySample={sample.onTrySample} sampleProblem={sample.sampleProblem} /> : null,
    [guideOpen],
  );
  return (
    <SetupScreen catalog={catalog} search={shown} onSearchChange={replaceSearch} renderFirstRunGuide={renderFirstRunGuide} />
  );
}

/**
 * A link that came before its reader (see link-reader.ts) waits on the pending screen while the
 * reader loads, then is matched again; every other error is the app's error screen.
 */
function SetupRouteError(props: ErrorComponentProps) {
  return isLinkNotReadYet(props.error) ? <ReadingLink {...props} /> : <ErrorScreen {...props} />;
}

function ReadingLink(props: ErrorComponentProps) {
  const router = useRouter();
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadLinkReader().then(
      () => {
        if (live) void router.invalidate();
      },
      (error: unknown) => {
        if (live) setFailed(error);
      },
    );
    return () => {
      live = false;
    };
  }, [router]);
  if (failed !== null) {
    const error = new Error("The settings in this link could not be read: the app's code did not load. Check the connection and try again.", { cause: failed });
    return <ErrorScreen {...props} error={error} />;
  }
  return <PendingScreen />;
}
