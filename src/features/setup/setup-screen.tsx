import { useEffect, useMemo, useState, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import type { QuestionKind } from "../../deck/deck-types.ts";
import type { SessionConfig, SessionMode } from "../../interview/session-types.ts";
import { makeSeed } from "../../lib/seed-text.ts";
import type { DeckCatalog } from "../../store/deck-repository.ts";
import { useOpenSessionAfterLoad } from "../../store/load-session-store.ts";
import { countLabel } from "../../ui/count-label.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { DeckPicker } from "./deck-picker.tsx";
import { OrderFieldset } from "./order-fieldset.tsx";
import { PaceFieldset } from "./pace-fieldset.tsx";
import { QuestionFilters } from "./question-filters.tsx";
import { RadioFieldset, type RadioOption } from "./radio-fieldset.tsx";
import { ResumeBanner } from "./resume-banner.tsx";
import { countQuestions, startBlockedReason } from "./setup-counts.ts";
import { configFromSearch, KINDS, searchFromConfig, withTopics, type SetupSearch } from "./setup-search.ts";
import { rememberSetup } from "./remembered-setup.ts";
import { StartSection } from "./start-section.tsx";
import { useStartSession } from "./use-start-session.ts";
import { VoiceFieldset } from "./voice-fieldset.tsx";
import { useDueToday } from "./use-due-today.ts";
import { useLinkNotice } from "./use-link-notice.ts";
import { useSettledLink } from "./use-settled-link.ts";
import "./setup.css";

export interface SetupScreenProps {
  /** Every deck that can be practised (no question bodies): bundled, then the person's own once loaded. */
  catalog: DeckCatalog;
  /** The validated search params: the whole setup, and which settings of the link were reset. */
  search: SetupSearch;
  /**
   * Replaces the search params (the setup lives in the link). `tidy`: only tidying a link that the
   * person did not change (the new seed, dropped settings), which need not happen at once.
   */
  onSearchChange(search: SetupSearch, tidy?: "tidy"): void;
  /**
   * The app's first-run guide while it shows, else null: the shell's, placed by the route. Setup
   * gives it the sample session to start (setup knows the decks).
   */
  renderFirstRunGuide(sample: { onTrySample: () => void; sampleProblem: string | null }): ReactNode;
}

const MODE_OPTIONS: readonly RadioOption<SessionMode>[] = [
  { value: "practice", label: "Practice", hint: "Move freely between questions and reveal the answer any time." },
  { value: "interview", label: "Interview", hint: "No going back. Reveal unlocks once you say you are done or the question's time is up; grade after seeing the answer." },
];

function newSeed(): string {
  return makeSeed(Math.random);
}

/** The start page: choose decks, topics, kinds, count, order, pace and mode, then start. */
export function SetupScreen({ catalog, search, onSearchChange, renderFirstRunGuide }: SetupScreenProps) {
  const { decks } = catalog;
  const linkNotice = useLinkNotice(search.reset, search.notice);
  const link = useSettledLink(search, catalog, onSearchChange);
  const openSession = useOpenSessionAfterLoad();
  const dueToday = useDueToday(decks);
  // A link without a seed gets one, so that the link, once tidied, reproduces the questions.
  const [fallbackSeed] = useState(newSeed);
  const config = useMemo(() => {
    const fromSearch = configFromSearch(search, decks);
    return fromSearch.order === "shuffled" && fromSearch.seed === ""
      ? { ...fromSearch, seed: fallbackSeed }
      : fromSearch;
  }, [search, decks, fallbackSeed]);
  const counts = countQuestions(config, decks);
  const blockedReason = startBlockedReason(config, counts);
  const remember = () => rememberSetup(searchFromConfig(config, decks));
  const sample = useStartSession();
  // The guide's sample: the first three questions in deck order, practice mode, default pace.
  const trySample = () => void sample.start(configFromSearch({ count: 3, order: "in-order" }, decks));

  // While the saved decks load, a link that lists its decks keeps listing them (see searchFromConfig).
  const keepDeckList = !catalog.ready && search.decks !== undefined;
  // Tidy the link in place: drop what was not valid (the notice says what) and add the seed; not
  // while it names decks or topics still unknown (useSettledLink deals with those first).
  const untidy =
    !link.namesUnknown &&
    (search.reset !== undefined ||
      search.notice !== undefined ||
      (config.order === "shuffled" && search.seed === undefined));
  useEffect(() => {
    if (untidy) onSearchChange(searchFromConfig(config, decks, { keepDeckList }), "tidy");
  }, [untidy, config, decks, keepDeckList, onSearchChange]);

  function update(patch: Partial<SessionConfig>) {
    linkNotice.clear();
    onSearchChange(searchFromConfig({ ...config, ...patch }, decks, { keepDeckList }));
  }
  const toggleDeck = (id: string, on: boolean) =>
    update({ deckIds: decks.filter((d) => (d.id === id ? on : config.deckIds.includes(d.id))).map((d) => d.id) });
  const toggleKind = (kind: QuestionKind, on: boolean) =>
    update({ kinds: KINDS.filter((k) => (k === kind ? on : config.kinds.includes(k))) });

  return (
    <div className="page setup">
      <DocumentTitle>Practice</DocumentTitle>
      <h1>Practice</h1>
      <p className="lead">
        Answer interview questions against the clock, reveal the model answer, and grade yourself against its key
        points.
      </p>
      {renderFirstRunGuide({ onTrySample: trySample, sampleProblem: sample.problem })}
      <div role="status" className="setup-notices">
        {linkNotice.messages.map((message) => (
          <p key={message} className="notice notice--info">
            {message}
          </p>
        ))}
        {catalog.problem !== null ? <p className="notice notice--warning">{catalog.problem}</p> : null}
      </div>
      {openSession ? <ResumeBanner session={openSession} /> : null}
      {link.waiting || (decks.length === 0 && !catalog.ready) ? (
        <p role="status">Loading your decks…</p>
      ) : decks.length === 0 ? (
        <p>
          There are no decks to practise yet: <Link to="/decks">import one on the Decks page</Link>.
        </p>
      ) : (
        <form className="setup-form" noValidate onSubmit={(event) => event.preventDefault()}>
          {blockedReason === null ? (
            // A quick start at the top; when it cannot start, the end of the form says why.
            <StartSection
            config={config}
            blockedReason={blockedReason}
            openSession={openSession}
            label={`Start: ${countLabel(Math.min(counts.available, config.count), "question")}, ${config.mode} mode`}
            onStart={remember}
          />
          ) : null}
          <h2>What to practise</h2>
          {decks.map((deck) => (
            <DeckPicker
              key={deck.id}
              deck={deck}
              included={config.deckIds.includes(deck.id)}
              dueToday={dueToday[deck.id]}
              sections={config.sections}
              onIncludedChange={(on) => toggleDeck(deck.id, on)}
              onTopicsChange={(titles, ticked) =>
                update({ sections: withTopics(config.sections, titles, ticked, decks) })
              }
            />
          ))}
          <QuestionFilters
            kinds={config.kinds}
            count={config.count}
            counts={counts}
            onKindChange={toggleKind}
            onCountChange={(count) => update({ count })}
          />
          <h2>How to practise</h2>
          <OrderFieldset
            order={config.order}
            seed={config.seed}
            onOrderChange={(order) => update({ order })}
            onNewSeed={() => update({ seed: newSeed() })}
          />
          <PaceFieldset config={config} onChange={update} />
          <RadioFieldset
            legend="Mode"
            name="mode"
            options={MODE_OPTIONS}
            value={config.mode}
            onChange={(mode) => update({ mode })}
          />
          <VoiceFieldset />
          <StartSection config={config} blockedReason={blockedReason} openSession={openSession} onStart={remember} />
        </form>
      )}
    </div>
  );
}
