import { useId } from "react";
import type { Question } from "../../deck/deck-types.ts";
import type { QuestionMeta, SessionEntry } from "../../interview/session-types.ts";
import type { NotesDraft } from "./use-notes-draft.ts";
import type { SessionCommands } from "./session-commands.ts";
import { scoreHint } from "./score-hint.ts";
import { QuestionHeading } from "./question-heading.tsx";
import { RubricChecklist } from "./rubric-checklist.tsx";
import { SelfScore } from "./self-score.tsx";
import { SessionAnswer } from "./session-answer.tsx";
import { SessionNotes } from "./session-notes.tsx";

export interface SessionQuestionProps {
  questionId: string;
  meta: QuestionMeta;
  entry: SessionEntry;
  /** From the deck; undefined when it is gone since the session started. */
  question: Question | undefined;
  interview: boolean;
  canReveal: boolean;
  canGrade: boolean;
  notes: NotesDraft;
  commands: SessionCommands;
}

/** The current question: prompt, notes, the answer on request, the rubric and the self-score. */
export function SessionQuestion(props: SessionQuestionProps) {
  const { questionId, meta, entry, question, interview, canReveal, canGrade, notes, commands } = props;
  const headingId = useId();
  const revealed = entry.revealedAt !== undefined;
  // The rubric quotes the answer, so it shows with the answer, never before.
  const keyPoints = revealed && question ? question.keyPoints.slice(0, meta.keyPointCount) : [];
  const hint = scoreHint({ canGrade, keyPointCount: keyPoints.length, checkedCount: entry.checkedKeyPoints.length });
  return (
    <article className="session-question" aria-labelledby={headingId}>
      <QuestionHeading id={headingId} questionId={questionId} prompt={meta.prompt} />
      <SessionNotes value={notes.value} onChange={notes.change} />
      <SessionAnswer
        question={question}
        recordedHash={meta.hash}
        interview={interview}
        done={entry.doneAt !== undefined}
        revealed={revealed}
        canReveal={canReveal}
        onDone={commands.done}
        onReveal={() => commands.reveal()}
      />
      {keyPoints.length > 0 ? (
        <RubricChecklist
          keyPoints={keyPoints}
          checked={entry.checkedKeyPoints}
          disabled={!canGrade}
          onToggle={commands.toggleKeyPoint}
        />
      ) : null}
      <SelfScore
        grade={entry.grade}
        suggested={hint.suggested}
        hint={hint.text}
        disabled={!canGrade}
        onGrade={commands.grade}
      />
    </article>
  );
}
