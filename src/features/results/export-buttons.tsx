import type { Question } from "../../deck/deck-types.ts";
import { exportFileName, toCsv, toJson, toMarkdown } from "../../interview/export-session.ts";
import type { Session } from "../../interview/session-types.ts";
import { downloadText } from "../../ui/download-text.ts";

export interface ExportButtonsProps {
  session: Session;
  /** Questions of the session's decks as loaded now: the Markdown report includes their answers. */
  questions: readonly Question[];
}

/** Downloads of the session as a readable report (Markdown), a spreadsheet (CSV) and data (JSON). */
export function ExportButtons({ session, questions }: ExportButtonsProps) {
  return (
    <section className="results-export" aria-labelledby="results-export-heading">
      <h2 id="results-export-heading">Export</h2>
      <p className="meta">Files are made in your browser; nothing is uploaded.</p>
      <div className="actions results-export__buttons">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadText(exportFileName(session, "md"), toMarkdown(session, questions), "text/markdown;charset=utf-8")
          }
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadText(exportFileName(session, "csv"), toCsv(session), "text/csv;charset=utf-8")}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadText(exportFileName(session, "json"), toJson(session), "application/json")}
        >
          Download JSON
        </button>
      </div>
    </section>
  );
}
