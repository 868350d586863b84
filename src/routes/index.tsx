import { lazy, Suspense, useCallback, type ReactNode } from "react";
import { createFileRoute, redirect, useRouter } from "@tanstack/react-router";
import { z } from "zod/mini";
import { linkNamesNoSetting, readRememberedSetup } from "../features/setup/remembered-setup.ts";
import { SetupScreen } from "../features/setup/setup-screen.tsx";
import {
  parseSetupSearch,
  routeSearch,
  settleSetupLink,
  setupLinkSchema,
  type SetupSearch,
} from "../features/setup/setup-search.ts";
import { useFirstRunGuideOpen } from "../features/shell/use-first-run-guide.ts";
import { currentDeckCatalog, useDeckSummaries } from "../store/deck-repository.ts";

export const Route = createFileRoute("/")({
  // Each param is read by its schema (a bad one falls back to its default and is named in
  // `reset`), then settled against the catalogue: until the saved decks are read, a deck id the
  // link names may be one of them, so it is kept rather than reset.
  validateSearch: z.pipe(
    setupLinkSchema,
    z.transform((link): SetupSearch => {
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
  component: SetupRoute,
});

// Only a first visit (or the footer's "How Rehearse works") fetches the guide: it is not part of
// the setup page's first paint, which only reads one localStorage key to decide.
const FirstRunGuide = lazy(() => import("../features/shell/first-run-guide.tsx").then((m) => ({ default: m.FirstRunGuide })));

function SetupRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const router = useRouter();
  const catalog = useDeckSummaries();
  const guideOpen = useFirstRunGuideOpen();
  // Each change replaces the entry: Back leaves setup rather than undoing one checkbox. A rewrite
  // that comes late (the saved decks loaded after the person clicked away) must not pull them back.
  const replaceSearch = useCallback(
    (next: SetupSearch) => {
      if (router.latestLocation.pathname === Route.fullPath) void navigate({ search: next, replace: true });
    },
    [navigate, router],
  );
  const renderFirstRunGuide = useCallback(
    (sample: { onTrySample: () => void; sampleProblem: string | null }): ReactNode =>
      guideOpen ? (
        <Suspense fallback={null}>
          <FirstRunGuide onTrySample={sample.onTrySample} sampleProblem={sample.sampleProblem} />
        </Suspense>
      ) : null,
    [guideOpen],
  );
  return (
    <SetupScreen catalog={catalog} search={search} onSearchChange={replaceSearch} renderFirstRunGuide={renderFirstRunGuide} />
  );
}
