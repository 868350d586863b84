import { useEffect, useMemo, useRef } from "react";
import { coveredIndices, matchKeyPoints } from "../../../interview/key-point-coverage.ts";
import { useSessionActions } from "../../../store/session-store.ts";
import { RubricChecklist } from "../rubric-checklist.tsx";
import { evidenceSnippet } from "./evidence-snippet.ts";
import { HighlightedText } from "./highlighted-text.tsx";
import "./recording.css";

export interface CoverageChecklistProps {
  questionId: string;
  keyPoints: readonly string[];
  /** Indices of the ticked key points. */
  checked: readonly number[];
  /** Indices pre-ticked from the answer; undefined until the rubric has been matched. */
  suggested: readonly number[] | undefined;
  /** What the person answered: notes and transcript. */
  answer: string;
  disabled: boolean;
  onToggle: (index: number) => void;
}

/**
 * The rubric, pre-ticked where the notes and transcript cover a key point (matched offline, in
 * this browser), with the words taken as evidence highlighted. The person confirms or unticks
 * before grading; a question's points are suggested once, when its rubric first shows.
 */
export function CoverageChecklist(props: CoverageChecklistProps) {
  const { questionId, keyPoints, checked, suggested, answer, disabled, onToggle } = props;
  const { send } = useSessionActions();
  const coverage = useMemo(() => (answer.trim() === "" ? null : matchKeyPoints(keyPoints, answer)), [keyPoints, answer]);
  const asked = useRef(false);

  useEffect(() => {
    if (asked.current || suggested !== undefined || disabled || coverage === null) return;
    asked.current = true;
    send({ type: "keyPointsSuggested", at: Date.now(), indices: coveredIndices(coverage), questionId });
  }, [coverage, disabled, questionId, send, suggested]);

  const evidenceFor = (index: number) => {
    const match = coverage?.[index];
    return suggested?.includes(index) === true && match !== undefined ? match : null;
  };
  return (
    <RubricChecklist
      keyPoints={keyPoints}
      checked={checked}
      disabled={disabled}
      onToggle={onToggle}
      hint={
        (suggested?.length ?? 0) > 0 ? (
          <p className="meta">Ticked from your notes and transcript, matched in this browser: confirm or untick before grading.</p>
        ) : null
      }
      renderLabel={(point, index) => {
        const match = evidenceFor(index);
        // One span: on phones the label is a flex box, which would drop the spaces around each mark.
        return match ? (
          <span>
            <HighlightedText text={point} spans={match.pointSpans} />
          </span>
        ) : (
          point
        );
      }}
      renderNote={(index) => {
        const match = evidenceFor(index);
        const snippet = match ? evidenceSnippet(answer, match.answerSpans) : null;
        return snippet ? (
          <>
            Suggested from: “<HighlightedText text={snippet.text} spans={snippet.spans} />”
          </>
        ) : null;
      }}
    />
  );
}
