import { useCallback } from "react";
import { createFileRoute } from "@tanstack/react-router";
import { SetupScreen } from "../features/setup/setup-screen.tsx";
import { validateSetupSearch, type SetupSearch } from "../features/setup/setup-search.ts";
import { deckSummaries } from "../store/deck-repository.ts";

export const Route = createFileRoute("/")({
  validateSearch: (raw: Record<string, unknown>): SetupSearch => validateSetupSearch(raw, deckSummaries),
  component: SetupRoute,
});

function SetupRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  // Each change replaces the entry: Back leaves setup rather than undoing one checkbox.
  const replaceSearch = useCallback((next: SetupSearch) => void navigate({ search: next, replace: true }), [navigate]);
  return <SetupScreen decks={deckSummaries} search={search} onSearchChange={replaceSearch} />;
}
