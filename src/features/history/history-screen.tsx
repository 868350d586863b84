import { useEffect, useMemo, useState } from "react";
import { Link, useRouter } from "@tanstack/react-router";
import {
  historyRows,
  questionStats,
  scoreTrend,
  topicMastery,
  type QuestionStats,
} from "../../interview/history-stats.ts";
import { dueDates, withRecordedMeta } from "../../interview/history-summary.ts";
import { topicReviews, weakestTopic } from "../../interview/review-forecast.ts";
import { dueQueue } from "../../interview/review-schedule.ts";
import type { Session } from "../../interview/session-types.ts";
import { historyDb } from "../../store/history-db.ts";
import { describeProblems, endOfLocalDay, type LoadedHistory } from "../../store/load-history.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { BackupPanel } from "./backup-panel.tsx";
import { RecordingsStoragePanel } from "./recordings-storage-panel.tsx";
import { DueTodayList } from "./due-today-list.tsx";
import { HistoryFilters, type HistoryFilter } from "./history-filters.tsx";
import { PracticeCalendar } from "./practice-calendar.tsx";
import { PractiseNowPanel } from "./practise-now-panel.tsx";
import { QuestionStatsTable } from "./question-stats-table.tsx";
import { Later, RevealInSteps, useOpensMidPage } from "./reveal-in-steps.tsx";
import { ScoreTrendChart } from "./score-trend-chart.tsx";
import { SessionHistoryTable } from "./session-history-table.tsx";
import { TopicMasteryList } from "./topic-mastery-list.tsx";
import "./history.css";

function matches(session: Session, filter: HistoryFilter): boolean {
  if (filter.deckId === null && filter.section === null) return true;
  return Object.values(session.questionMeta).some(
    (meta) =>
      (filter.deckId === null || meta.deckId === filter.deckId) && (filter.section === null || meta.section === filter.section),
  );
}

function statMatches(stats: QuestionStats, filter: HistoryFilter): boolean {
  return (
    (filter.deckId === null || stats.meta.deckId === filter.deckId) &&
    (filter.section === null || stats.meta.section === filter.section)
  );
}

function byPrompt(a: QuestionStats, b: QuestionStats): number {
  return a.meta.deckId.localeCompare(b.meta.deckId) || a.meta.section.localeCompare(b.meta.section) || a.questionId.localeCompare(b.questionId);
}

/** Steps of the sections below the first screen (see RevealInSteps). */
const LATER_STEPS = 6;

/** Reloads the page's history when it changes here or in another tab. */
function useHistoryUpdates() {
  const router = useRouter();
  useEffect(() => {
    if (typeof indexedDB === "undefined") return undefined;
    return historyDb().subscribe(() => void router.invalidate());
  }, [router]);
}

/**
 * Past sessions and what they add up to: what to practise next (due now, weakest topic), the
 * days practised, the score over time, the list (newest first), what is due today, mastery and
 * next review per topic, per-question statistics, and backup.
 */
export function HistoryScreen({ history, now: fixedNow }: { history: LoadedHistory; now?: number }) {
  useHistoryUpdates();
  const [openedAt] = useState(() => Date.now());
  const now = fixedNow ?? openedAt;
  const router = useRouter();
  const [filter, setFilter] = useState<HistoryFilter>({ deckId: null, section: null });
  // Sessions come from their summaries; prompts and labels from the question index.
  const all = useMemo(
    () => withRecordedMeta(questionStats(history.sessions), history.questions),
    [history.sessions, history.questions],
  );
  const dues = useMemo(() => dueDates(history.questions), [history.questions]);
  const choices = useMemo(() => {
    const decks = new Set<string>();
    const sections = new Set<string>();
    for (const session of history.sessions) {
      for (const meta of Object.values(session.questionMeta)) {
        decks.add(meta.deckId);
        sections.add(meta.section);
      }
    }
    return { decks: [...decks].sort(), sections: [...sections].sort((a, b) => a.localeCompare(b)) };
  }, [history.sessions]);
  const view = useMemo(() => {
    const sessions = history.sessions.filter((s) => matches(s, filter));
    const stats = new Map([...all].filter(([, s]) => statMatches(s, filter)));
    const practised = [...stats.values()].filter((s) => s.timesPractised > 0).sort(byPrompt);
    const mastery = topicMastery(stats);
    const endOfToday = endOfLocalDay(now);
    const reviews = topicReviews(stats.values(), dues, endOfToday);
    let nextDue: number | null = null;
    for (const review of reviews.values()) {
      if (review.nextDue !== null && (nextDue === null || review.nextDue < nextDue)) nextDue = review.nextDue;
    }
    return {
      rows: historyRows(sessions),
      trend: scoreTrend(sessions),
      finishedAts: sessions.map((s) => s.finishedAt ?? s.startedAt),
      mastery,
      weakest: weakestTopic(mastery),
      reviews,
      nextDue,
      practised,
      due: dueQueue(dues, [...stats.keys()], endOfToday),
      stats,
    };
  }, [history.sessions, dues, all, filter, now]);

  const problems = describeProblems(history.problems);
  const warnings = [history.failure, history.migrationProblem, problems].filter((text): text is string => text !== null);
  const reload = () => void router.invalidate();
  // The first screen of a phone (filters, what to practise next, the days practised) paints on its
  // own; the sections below it follow right after, one per step (with 200 sessions they are some
  // 1,700 of the page's 2,200 elements). A page opened mid-way renders whole, so its position holds.
  const opensMidPage = useOpensMidPage();
  const empty = history.sessions.length === 0;

  return (
    <RevealInSteps steps={LATER_STEPS} all={opensMidPage || empty}>
      <div className="page history">
        <DocumentTitle>History</DocumentTitle>
        <h1>History</h1>
        {warnings.map((text) => (
          <div key={text} className="notice notice--warning" role="status">
            <p>{text}</p>
          </div>
        ))}
        {empty ? (
          <>
            <p>
              No finished sessions yet. Each session you finish is saved here in this browser, with your score, how you did
              per topic over time, and which questions are due for another look.
            </p>
            <p className="actions">
              <Link to="/" className="button">
                Start from setup
              </Link>
            </p>
          </>
        ) : (
          <>
            <HistoryFilters deckIds={choices.decks} sections={choices.sections} filter={filter} onChange={setFilter} />
            <section aria-labelledby="history-next-title">
              <h2 id="history-next-title">Practise next</h2>
              <PractiseNowPanel dueIds={view.due} nextDue={view.nextDue} weakest={view.weakest} now={now} />
            </section>
            <section aria-labelledby="history-days-title">
              <h2 id="history-days-title">Days practised</h2>
              <PracticeCalendar finishedAts={view.finishedAts} now={now} />
            </section>
            <Later step={1}>
              <section aria-labelledby="history-trend-title">
                <h2 id="history-trend-title">Score over time</h2>
                <ScoreTrendChart points={view.trend} now={now} />
              </section>
            </Later>
            <Later step={2}>
              <section aria-labelledby="history-sessions-title">
                <h2 id="history-sessions-title">Sessions</h2>
                {view.rows.length === 0 ? <p>No session matches these filters.</p> : <SessionHistoryTable rows={view.rows} />}
              </section>
            </Later>
            <Later step={3}>
              <section aria-labelledby="history-due-title">
                <h2 id="history-due-title">Due for review today</h2>
                <DueTodayList dueIds={view.due} stats={view.stats} questions={history.questions} />
              </section>
            </Later>
            <Later step={4}>
              <section aria-labelledby="history-mastery-title">
                <h2 id="history-mastery-title">Mastery per topic</h2>
                {view.mastery.length === 0 ? <p>No graded questions yet.</p> : <TopicMasteryList topics={view.mastery} reviews={view.reviews} now={now} />}
              </section>
            </Later>
            <Later step={5}>
              <section aria-labelledby="history-questions-title">
                <h2 id="history-questions-title">Per question</h2>
                {view.practised.length === 0 ? <p>No graded questions yet.</p> : <QuestionStatsTable stats={view.practised} dues={dues} now={now} />}
              </section>
            </Later>
          </>
        )}
        <Later step={6}>
          <section aria-labelledby="history-recordings-title">
            <h2 id="history-recordings-title">Recordings</h2>
            <RecordingsStoragePanel />
          </section>
          <section aria-labelledby="history-backup-title">
            <h2 id="history-backup-title">Backup</h2>
            <BackupPanel onChanged={reload} />
          </section>
        </Later>
      </div>
    </RevealInSteps>
  );
}
