import { useEffect, useState } from "react";
import { formatTakeDuration } from "../../lib/format-media.ts";
import { deleteRecording, readRecordingAudio, type RecordingInfo } from "../../store/recordings-db.ts";
import { useRecordings } from "../../store/use-recordings.ts";
import "../../ui/recording-takes.css";

export interface RecordingTakesProps {
  sessionId: string;
  questionId: string;
}

function TakePlayer({ take, number }: { take: RecordingInfo; number: number }) {
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let active = true;
    readRecordingAudio(take.id).then(
      (blob) => {
        if (!active) return;
        if (blob === null) setProblem("This take holds no audio.");
        else setUrl((objectUrl = URL.createObjectURL(blob)));
      },
      (error: unknown) => active && setProblem(`Could not read this take: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      active = false;
      if (objectUrl !== null) URL.revokeObjectURL(objectUrl);
    };
  }, [take.id, take.size]);

  const label = `Take ${number}, ${formatTakeDuration(take.durationMs)}`;
  return (
    <li className="recording-take">
      <span className="recording-take__label">
        {label}
        {take.state === "recording" ? " (cut short when the page was closed; what was said up to then)" : ""}
      </span>
      {url === null ? null : <audio controls preload="metadata" src={url} aria-label={`Play ${label}`} />}
      {problem === null ? null : <span className="meta">{problem}</span>}
      <button type="button" className="button button--secondary" onClick={() => void deleteRecording(take.id)} aria-label={`Delete take ${number}`}>
        Delete
      </button>
    </li>
  );
}

/** The spoken answers of one question on the results page, each with its length, to replay or delete. */
export function RecordingTakes({ sessionId, questionId }: RecordingTakesProps) {
  const { takes } = useRecordings(sessionId, questionId);
  if (takes.length === 0) return null;
  return (
    <div className="recording-takes">
      <h4 className="result-notes__heading">Spoken answer</h4>
      <ol className="recording-takes__list">
        {takes.map((take, i) => (
          <TakePlayer key={take.id} take={take} number={i + 1} />
        ))}
      </ol>
    </div>
  );
}
