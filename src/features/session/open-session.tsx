import { useCallback, useState } from "react";
import { useNavigate } from "@tanstack/react-router";
import type { Question } from "../../deck/deck-types.ts";
import { canApply, currentQuestionId, isRunning } from "../../interview/session-machine.ts";
import { selectIsPaused, selectPosition, selectQuestionsLeft } from "../../interview/session-selectors.ts";
import type { Session } from "../../interview/session-types.ts";
import { questionClockReading, sessionEndsAt, totalElapsed, totalLimitMs } from "../../interview/timer.ts";
import { notify } from "../../store/notice-store.ts";
import { useSessionActions } from "../../store/session-store.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { countLabel } from "../../ui/count-label.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
// The first-run guide's state is app state kept in the shell until it moves into src/store.
import { dismissFirstRunGuide } from "../../store/first-run-store.ts";
import { clockView } from "./clock-view.ts";
import { LeaveGuard } from "./leave-guard.tsx";
import { PausePanel } from "./pause-panel.tsx";
import { sessionCommands } from "./session-commands.ts";
import { SessionBar } from "./session-bar.tsx";
import { SessionNav } from "./session-nav.tsx";
import { SessionQuestion } from "./session-question.tsx";
import { ShortcutSheet } from "./shortcut-sheet.tsx";
import { useClockAnnouncement } from "./use-clock-announcement.ts";
import { useNotesDraft } from "./use-notes-draft.ts";
import { useNow } from "./use-now.ts";
import { usePresence } from "./use-presence.ts";
import { useSessionShortcuts } from "./use-session-shortcuts.ts";
import { useSessionTimeUp } from "./use-session-time-up.ts";
import { useTimeUpReveal } from "./use-time-up-reveal.ts";

export interface OpenSessionProps {
  session: Session;
  /** Questions of the session's decks by id; a missing one was removed since the session started. */
  questions: ReadonlyMap<string, Question>;
}

type OpenDialog = "finish" | "shortcuts" | null;

/** The running (or paused) session: one question, its clock, and everything to do with it. */
export function OpenSession({ session, questions }: OpenSessionProps) {
  const actions = useSessionActions();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const now = useNow(isRunning(session));
  usePresence(actions);

  const questionId = currentQuestionId(session) ?? "";
  const meta = session.questionMeta[questionId];
  const entry = session.entries[questionId];
  const interview = session.config.mode === "interview";
  const paused = selectIsPaused(session);
  const commands = sessionCommands(session, actions.send);

  const saveNotes = useCallback(
    (id: string, text: string) => actions.send({ type: "notesEdited", at: Date.now(), text, questionId: id }),
    [actions],
  );
  const notes = useNotesDraft(questionId, entry?.notes ?? "", saveNotes);

  const reading = questionClockReading(session, questionId, now);
  const questionClock = clockView(meta?.limitMs ?? null, reading.ms, reading.stopped);
  const totalLimit = totalLimitMs(session);
  const totalClock = totalLimit === null ? null : clockView(totalLimit, totalElapsed(session, now));
  const announcement = useClockAnnouncement(questionId, questionClock.phase);
  useTimeUpReveal({
    due: !paused && session.config.onTimeUp === "reveal" && questionClock.phase === "time-up" && entry?.revealedAt === undefined,
    questionId,
    send: actions.send,
  });

  const finishNow = () => {
    const id = actions.finish();
    // One session played through: the first-run guide has done its job (the footer still has it).
    if (id !== undefined) dismissFirstRunGuide();
    if (id !== undefined) void navigate({ to: "/results/$sessionId", params: { sessionId: id } });
  };
  const endAtLimit = useCallback(
    (at: number) => {
      const id = actions.finish(at);
      if (id === undefined) return;
      dismissFirstRunGuide();
      notify("The session's time is up, so it ended there, as set up.");
      void navigate({ to: "/results/$sessionId", params: { sessionId: id } });
    },
    [actions, navigate],
  );
  useSessionTimeUp(sessionEndsAt(session, now), now, endAtLimit);
  const requestFinish = () => {
    if (selectQuestionsLeft(session) > 0) setDialog("finish");
    else finishNow();
  };
  useSessionShortcuts({ ...commands, finish: requestFinish, openHelp: () => setDialog("shortcuts") }, dialog === null);

  if (meta === undefined || entry === undefined) return null;
  const { number, total } = selectPosition(session);
  const left = selectQuestionsLeft(session);
  const can = (type: "movedNext" | "movedPrevious" | "skipped" | "flagToggled") => canApply(session, { type, at: now });
  // Probe with a grade other than the current one: giving the same grade again changes nothing.
  const canGrade = canApply(session, { type: "graded", at: now, grade: entry.grade === 1 ? 2 : 1 });

  return (
    <div className="page session">
      <DocumentTitle>{`Question ${number} of ${total}`}</DocumentTitle>
      <SessionBar
        number={number}
        total={total}
        meta={meta}
        flagged={entry.flagged}
        questionClock={questionClock}
        totalClock={totalClock}
        paused={paused}
        onPause={commands.togglePause}
        onShowShortcuts={() => setDialog("shortcuts")}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {paused ? (
        <PausePanel onResume={commands.togglePause} />
      ) : (
        <SessionQuestion
          key={questionId}
          questionId={questionId}
          meta={meta}
          entry={entry}
          question={questions.get(questionId)}
          interview={interview}
          canReveal={canApply(session, { type: "revealed", at: now })}
          canGrade={canGrade}
          notes={notes}
          commands={commands}
        />
      )}
      <SessionNav
        showPrevious={!interview}
        canGoBack={can("movedPrevious")}
        canGoNext={can("movedNext")}
        canSkip={can("skipped")}
        canFlag={can("flagToggled")}
        flagged={entry.flagged}
        onFlag={commands.toggleFlag}
        onPrevious={commands.previous}
        onNext={commands.next}
        onSkip={commands.skip}
        onFinish={requestFinish}
      />
      {dialog === "finish" ? (
        <ConfirmDialog
          title="Finish the session?"
          message={`${countLabel(left, "question")} ${left === 1 ? "has" : "have"} no grade. Finish anyway?`}
          confirmLabel="Finish anyway"
          cancelLabel="Keep going"
          onConfirm={finishNow}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === "shortcuts" ? <ShortcutSheet interview={interview} onClose={() => setDialog(null)} /> : null}
      <LeaveGuard />
    </div>
  );
}
