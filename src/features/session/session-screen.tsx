import { useMemo } from "react";
import { Link } from "@tanstack/react-router";
import type { Deck, Question } from "../../deck/deck-types.ts";
import { selectOpenSession, useSessionStore } from "../../store/session-store.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { OpenSession } from "./open-session.tsx";
import "./session.css";

export interface SessionScreenProps {
  /** The decks the session draws from (those that still exist). */
  decks: readonly Deck[];
}

/**
 * The session screen. The route only lets an open session in; it can still close under the
 * screen (Finish, on its way to the results), which shows a short way back to setup.
 */
export function SessionScreen({ decks }: SessionScreenProps) {
  const session = useSessionStore(selectOpenSession);
  const questions = useMemo(() => {
    const byId = new Map<string, Question>();
    for (const deck of decks) for (const question of deck.questions) byId.set(question.id, question);
    return byId;
  }, [decks]);

  if (session === null) {
    return (
      <div className="page page--narrow">
        <DocumentTitle>Session</DocumentTitle>
        <h1>No session in progress</h1>
        <p className="actions">
          <Link to="/" className="button">
            Go to setup
          </Link>
        </p>
      </div>
    );
  }
  return <OpenSession key={session.id} session={session} questions={questions} />;
}
