import { useCallback } from "react";
import { createFileRoute, redirect, useRouter } from "@tanstack/react-router";
import { linkNamesNoSetting, readRememberedSetup } from "../features/setup/remembered-setup.ts";
import { SetupScreen } from "../features/setup/setup-screen.tsx";
import { parseSetupSearch, validateSetupSearch, type SetupSearch } from "../features/setup/setup-search.ts";
import { currentDeckCatalog, useDeckSummaries } from "../store/deck-repository.ts";

export const Route = createFileRoute("/")({
  validateSearch: (raw: Record<string, unknown>): SetupSearch => {
    // Until the saved decks are read, a deck id the link names may be one of them: kept, not reset.
    const { decks, ready } = currentDeckCatalog();
    return validateSetupSearch(raw, decks, { pending: !ready });
  },
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

function SetupRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const router = useRouter();
  const catalog = useDeckSummaries();
  // Each change replaces the entry: Back leaves setup rather than undoing one checkbox. A rewrite
  // that comes late (the saved decks loaded after the person clicked away) must not pull them back.
  const replaceSearch = useCallback(
    (next: SetupSearch) => {
      if (router.latestLocation.pathname === Route.fullPath) void navigate({ search: next, replace: true });
    },
    [navigate, router],
  );
  return <SetupScreen catalog={catalog} search={search} onSearchChange={replaceSearch} />;
}
