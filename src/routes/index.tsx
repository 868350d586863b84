import { useCallback, type ReactNode } from "react";
import { createFileRoute, redirect, useRouter } from "@tanstack/react-router";
import * as v from "valibot";
import { linkNamesNoSetting, readRememberedSetup } from "../features/setup/remembered-setup.ts";
import { SetupScreen } from "../features/setup/setup-screen.tsx";
import {
  parseSetupSearch,
  routeSearch,
  settleSetupLink,
  setupLinkSchema,
  type SetupSearch,
} from "../features/setup/setup-search.ts";
import { FirstRunGuide } from "../features/shell/first-run-guide.tsx";
import { useFirstRunGuideOpen } from "../store/first-run-store.ts";
import { currentDeckCatalog, useDeckSummaries } from "../store/deck-repository.ts";
import { loadSessionStore } from "../store/load-session-store.ts";
import { loadVoicePreferences } from "../store/load-voice-preferences.ts";
import { hasSavedSessions, hasSavedVoicePreferences } from "../store/stored-data.ts";

export const Route = createFileRoute("/")({
  // Each param is read by its schema (a bad one falls back to its default and is named in
  // `reset`), then settled against the catalogue: until the saved decks are read, a deck id the
  // link names may be one of them, so it is kept rather than reset.
  validateSearch: v.pipe(
    setupLinkSchema,
    v.transform((link): SetupSearch => {
      const { decks, ready } = currentDeckCatalog();
      return routeSearch(settleSetupLink(link, decks, { pending: !ready }));
    }),
  ),
  // Arriving at a bare `/`, setup opens with the settings of the last session started; a link
  // that names any setting wins. Only on arrival: a setup tidied back to its defaults stays so.
  beforeLoad: ({ search, cause }) => {
    if (cause !== "enter" || !linkNamesNoSetting(search)) return;
    const remembered = readRememberedSetup();
    if (remembered === null) return;
    const { decks, ready } = currentDeckCatalog();
    const { search: settings } = parseSetupSearch(remembered, decks, { pending: !ready });
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
});

function SetupRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const router = useRouter();
  const catalog = useDeckSummaries({ onlyIfSaved: true });
  const guideOpen = useFirstRunGuideOpen();
  // Each change replaces the entry: Back leaves setup rather than undoing one checkbox. A rewrite
  // that comes late (the saved decks loaded after the person clicked away) must not pull them back.
  const replaceSearch = useCallback(
    (next: SetupSearch) => {
      if (router.latestLocation.pathname === Route.fullPath) void navigate({ search: next, replace: true });
    },
    [navigate, router],
  );
  // The guide is in the first paint, not fetched after it: appearing late, it pushed the whole
  // form down (under 1 KiB).
  const renderFirstRunGuide = useCallback(
    (sample: { onTrySample: () => void; sampleProblem: string | null }): ReactNode =>
      guideOpen ? <FirstRunGuide onTrySample={sample.onTrySample} sampleProblem={sample.sampleProblem} /> : null,
    [guideOpen],
  );
  return (
    <SetupScreen catalog={catalog} search={search} onSearchChange={replaceSearch} renderFirstRunGuide={renderFirstRunGuide} />
  );
}
