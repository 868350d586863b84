import { createFileRoute, redirect } from "@tanstack/react-router";
import { loadLinkReader } from "../features/setup/link-reader.ts";
import { SessionScreen } from "../features/session/session-screen.tsx";
import { getDecks } from "../store/deck-repository.ts";
import { loadSessionStore } from "../store/load-session-store.ts";
import { prefetchAnswerRenderer } from "../ui/answer-renderer.ts";

export const Route = createFileRoute("/session")({
  beforeLoad: async () => {
    const { useSessionStore } = await loadSessionStore();
    const current = useSessionStore.getState().current;
    if (current === null) {
      // Setup reads the notice as part of its link.
      await loadLinkReader().catch(() => undefined);
      throw redirect({ to: "/", search: { notice: "no-session" } });
    }
    return { deckIds: current.config.deckIds };
  },
  loader: async ({ context }) => {
    // Fetched while the person reads the first question, so the first reveal is instant.
    void prefetchAnswerRenderer().catch(() => undefined);
    return getDecks(context.deckIds);
  },
  // Never served from cache: a new session must not show the decks loaded for the last one.
  gcTime: 0,
  staleTime: Infinity,
  component: SessionRoute,
});

function SessionRoute() {
  return <SessionScreen decks={Route.useLoaderData()} />;
}
