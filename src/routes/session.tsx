import { createFileRoute, redirect } from "@tanstack/react-router";
import { SessionScreen } from "../features/session/session-screen.tsx";
import { getDecks } from "../store/deck-repository.ts";
import { useSessionStore } from "../store/session-store.ts";
import { prefetchAnswerRenderer } from "../ui/lazy-answer.tsx";

export const Route = createFileRoute("/session")({
  // Keyed by the open session, so a new session never shows the decks loaded for the last one.
  loaderDeps: () => ({ sessionId: useSessionStore.getState().current?.id ?? null }),
  beforeLoad: () => {
    if (useSessionStore.getState().current === null) throw redirect({ to: "/", search: { notice: "no-session" } });
  },
  loader: async () => {
    // Fetched while the person reads the first question, so the first reveal is instant.
    void prefetchAnswerRenderer().catch(() => undefined);
    return getDecks(useSessionStore.getState().current?.config.deckIds ?? []);
  },
  component: SessionRoute,
});

function SessionRoute() {
  return <SessionScreen decks={Route.useLoaderData()} />;
}
