import { describe, expect, it } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import {
  canApply,
  createSession,
  entryElapsedMs,
  transition,
} from "../../src/interview/session-machine.ts";
import type { SessionEvent } from "../../src/interview/session-machine.ts";
import type { Session, SessionConfig } from "../../src/interview/session-types.ts";
import { GRADE_LABELS, GRADES } from "../../src/interview/session-types.ts";
import { selectIsPaused, selectPosition } from "../../src/interview/session-selectors.ts";
import {
  selectCanGoBack,
  selectCanGoNext,
  selectCanReveal,
  selectCurrentEntry,
  selectCurrentMeta,
  selectCurrentQuestionId,
  selectIsFinished,
  selectIsLastQuestion,
  transitionAll,
} from "../fixtures/session-views.ts";

import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
const T0 = 1_700_000_000_000;
const S = 1000;
const MIN = 60 * S;

const question = makeQuestion;

const QUESTIONS = [
  question("q1"),
  question("s1", { kind: "scenario", keyPoints: [] }),
  question("q2", { section: "Storage" }),
];
const [Q1, S1, Q2] = QUESTIONS.map((q) => q.id) as [string, string, string];

const config = sessionConfig;

function start(overrides: Partial<SessionConfig> = {}): Session {
  return createSession(config(overrides), QUESTIONS, { id: "s-1", at: T0 });
}

function entry(session: Session, id: string) {
  const e = session.entries[id];
  if (e === undefined) throw new Error(`no entry ${id}`);
  return e;
}

describe("createSession", () => {
  it("copies question metadata, limits by kind, and starts the first clock", () => {
    const s = start();
    expect(s.questionIds).toEqual([Q1, S1, Q2]);
    expect(s.currentIndex).toBe(0);
    expect(s.startedAt).toBe(T0);
    expect(s.questionMeta[Q1]).toEqual({
      deckId: "deck",
      label: "Q1",
      section: "Networking",
      kind: "concept",
      prompt: "Prompt q1?",
      hash: "h-q1",
      limitMs: 180 * S,
      keyPointCount: 3,
    });
    expect(s.questionMeta[S1]?.limitMs).toBe(360 * S);
    expect(entry(s, Q1)).toEqual({ elapsedMs: 0, activeSince: T0, checkedKeyPoints: [], notes: "", flagged: false, skipped: false });
    expect(entry(s, S1).activeSince).toBeUndefined();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("treats null, zero and nonsense limits as no limit", () => {
    const s = createSession(config({ perQuestionSeconds: { concept: null, scenario: 0 } }), QUESTIONS, { id: "x", at: T0 });
    expect(s.questionMeta[Q1]?.limitMs).toBeNull();
    expect(s.questionMeta[S1]?.limitMs).toBeNull();
  });

  it("drops duplicate questions and refuses an empty list", () => {
    const s = createSession(config(), [QUESTIONS[0] as Question, QUESTIONS[0] as Question], { id: "x", at: T0 });
    expect(s.questionIds).toEqual([Q1]);
    expect(() => createSession(config(), [], { id: "x", at: T0 })).toThrow(RangeError);
  });
});

type Expectation = "same" | ((after: Session, before: Session) => void);
interface Row {
  name: string;
  mode?: "practice" | "interview";
  onTimeUp?: "overrun" | "reveal";
  given?: SessionEvent[];
  event: SessionEvent;
  expect: Expectation;
}

function runTable(rows: Row[]) {
  it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    const before = transitionAll(start({ mode: row.mode ?? "practice", onTimeUp: row.onTimeUp ?? "overrun" }), row.given ?? []);
    const after = transition(before, row.event);
    if (row.expect === "same") {
      expect(after).toBe(before);
    } else {
      expect(after).not.toBe(before);
      row.expect(after, before);
    }
  });
}

describe("reveal, done, grade, rubric, notes, flag", () => {
  runTable([
    {
      name: "practice: reveal any time, answer time frozen at reveal",
      event: { type: "revealed", at: T0 + 40 * S },
      expect: (s) => {
        expect(entry(s, Q1).revealedAt).toBe(T0 + 40 * S);
        expect(entry(s, Q1).answeredMs).toBe(40 * S);
        expect(entry(s, Q1).activeSince).toBe(T0);
      },
    },
    { name: "reveal twice: the second is ignored", given: [{ type: "revealed", at: T0 + S }], event: { type: "revealed", at: T0 + 2 * S }, expect: "same" },
    {
      name: "done answering records when and how long",
      event: { type: "answered", at: T0 + 30 * S },
      expect: (s) => {
        expect(entry(s, Q1).doneAt).toBe(T0 + 30 * S);
        expect(entry(s, Q1).answeredMs).toBe(30 * S);
      },
    },
    {
      name: "reveal after done keeps the answer time of done",
      given: [{ type: "answered", at: T0 + 30 * S }],
      event: { type: "revealed", at: T0 + 50 * S },
      expect: (s) => expect(entry(s, Q1).answeredMs).toBe(30 * S),
    },
    { name: "done after reveal is ignored", given: [{ type: "revealed", at: T0 + S }], event: { type: "answered", at: T0 + 2 * S }, expect: "same" },
    { name: "a guard naming another question is ignored", event: { type: "revealed", at: T0 + S, questionId: S1 }, expect: "same" },
    {
      name: "grade the current question",
      event: { type: "graded", at: T0 + S, grade: 3 },
      expect: (s) => expect(entry(s, Q1).grade).toBe(3),
    },
    { name: "the same grade again changes nothing", given: [{ type: "graded", at: T0, grade: 3 }], event: { type: "graded", at: T0 + S, grade: 3 }, expect: "same" },
    { name: "a grade out of 1–4 is ignored", event: { type: "graded", at: T0 + S, grade: 5 as never }, expect: "same" },
    {
      name: "regrade during the session replaces the grade",
      given: [{ type: "graded", at: T0, grade: 1 }],
      event: { type: "graded", at: T0 + S, grade: 4 },
      expect: (s) => expect(entry(s, Q1).grade).toBe(4),
    },
    {
      name: "tick key points, kept ascending",
      given: [{ type: "keyPointToggled", at: T0, index: 2 }],
      event: { type: "keyPointToggled", at: T0 + S, index: 0 },
      expect: (s) => expect(entry(s, Q1).checkedKeyPoints).toEqual([0, 2]),
    },
    {
      name: "tick again unticks",
      given: [{ type: "keyPointToggled", at: T0, index: 1 }],
      event: { type: "keyPointToggled", at: T0 + S, index: 1 },
      expect: (s) => expect(entry(s, Q1).checkedKeyPoints).toEqual([]),
    },
    { name: "a key point index out of range is ignored", event: { type: "keyPointToggled", at: T0, index: 3 }, expect: "same" },
    { name: "a fractional key point index is ignored", event: { type: "keyPointToggled", at: T0, index: 0.5 }, expect: "same" },
    {
      name: "notes on the current question",
      event: { type: "notesEdited", at: T0 + S, text: "VPC, subnets" },
      expect: (s) => expect(entry(s, Q1).notes).toBe("VPC, subnets"),
    },
    {
      name: "a late notes save lands on the question it names, not the current one",
      given: [{ type: "movedNext", at: T0 + S }],
      event: { type: "notesEdited", at: T0 + 2 * S, text: "late", questionId: Q1 },
      expect: (s) => {
        expect(entry(s, Q1).notes).toBe("late");
        expect(entry(s, S1).notes).toBe("");
      },
    },
    { name: "unchanged notes change nothing", event: { type: "notesEdited", at: T0, text: "" }, expect: "same" },
    { name: "notes for an unknown question are ignored", event: { type: "notesEdited", at: T0, text: "x", questionId: "nope" }, expect: "same" },
    {
      name: "flag toggles on",
      event: { type: "flagToggled", at: T0 },
      expect: (s) => expect(entry(s, Q1).flagged).toBe(true),
    },
    {
      name: "flag toggles off",
      given: [{ type: "flagToggled", at: T0 }],
      event: { type: "flagToggled", at: T0 + S },
      expect: (s) => expect(entry(s, Q1).flagged).toBe(false),
    },
  ]);
});

describe("suggested key points and transcript", () => {
  const suggested = (at = T0 + S, indices = [2, 0, 2, 7, -1, 1.5]): SessionEvent => ({ type: "keyPointsSuggested", at, indices });

  it.each<[string, Partial<SessionConfig>, SessionEvent[], number[] | undefined, number[]]>([
    ["ticks valid indices once, sorted, beside the person's own ticks", {}, [{ type: "keyPointToggled", at: T0, index: 1 }, suggested()], [0, 2], [0, 1, 2]],
    ["a second suggestion changes nothing, so an untick stays", {}, [suggested(), { type: "keyPointToggled", at: T0 + 2 * S, index: 0 }, suggested(T0 + 3 * S, [0, 1])], [0, 2], [2]],
    ["an empty suggestion is remembered as made", {}, [suggested(T0 + S, []), suggested(T0 + 2 * S, [1])], [], []],
    ["not while paused", {}, [{ type: "paused", at: T0 }, suggested()], undefined, []],
    ["interview mode: not before the reveal", { mode: "interview" }, [suggested()], undefined, []],
    ["interview mode: after the reveal", { mode: "interview" }, [{ type: "answered", at: T0 }, { type: "revealed", at: T0 + S }, suggested(T0 + 2 * S)], [0, 2], [0, 2]],
    ["not for another question than the current one", {}, [{ ...suggested(), questionId: Q2 } as SessionEvent], undefined, []],
  ])("keyPointsSuggested: %s", (_name, overrides, events, expectedSuggested, expectedChecked) => {
    const e = entry(transitionAll(start(overrides), events), Q1);
    expect(e.suggestedKeyPoints).toEqual(expectedSuggested);
    expect(e.checkedKeyPoints).toEqual(expectedChecked);
  });

  it("ignores a malformed suggestion", () => {
    const s = start();
    expect(transition(s, { type: "keyPointsSuggested", at: T0, indices: "0" } as unknown as SessionEvent)).toBe(s);
  });

  it.each<[string, SessionEvent[], string | undefined, string | undefined]>([
    ["saves the transcript of the current question", [{ type: "transcribed", at: T0, text: "use IAM roles" }], "use IAM roles", undefined],
    ["of a question left already", [{ type: "movedNext", at: T0 }, { type: "transcribed", at: T0 + S, text: "late words", questionId: Q1 }], "late words", undefined],
    ["while paused", [{ type: "paused", at: T0 }, { type: "transcribed", at: T0 + S, text: "caught up" }], "caught up", undefined],
    ["replaced by the next full text", [{ type: "transcribed", at: T0, text: "a" }, { type: "transcribed", at: T0 + S, text: "a b" }], "a b", undefined],
  ])("transcribed: %s", (_name, events, q1, s1) => {
    const s = transitionAll(start(), events);
    expect(entry(s, Q1).transcript).toBe(q1);
    expect(entry(s, S1).transcript).toBe(s1);
  });

  it("transcribed: the same text, a bad text or an unknown question change nothing", () => {
    const s = transition(start(), { type: "transcribed", at: T0, text: "same" });
    expect(transition(s, { type: "transcribed", at: T0 + S, text: "same" })).toBe(s);
    expect(transition(s, { type: "transcribed", at: T0 + S, text: 42 } as unknown as SessionEvent)).toBe(s);
    expect(transition(s, { type: "transcribed", at: T0 + S, text: "x", questionId: "nope" })).toBe(s);
    const finished = transition(s, { type: "finished", at: T0 + S });
    expect(transition(finished, { type: "transcribed", at: T0 + 2 * S, text: "after" })).toBe(finished);
  });
});

describe("navigation and skip", () => {
  runTable([
    {
      name: "next moves one question and hands the clock over",
      event: { type: "movedNext", at: T0 + 70 * S },
      expect: (s) => {
        expect(s.currentIndex).toBe(1);
        expect(entry(s, Q1)).toMatchObject({ elapsedMs: 70 * S });
        expect(entry(s, Q1).activeSince).toBeUndefined();
        expect(entry(s, S1).activeSince).toBe(T0 + 70 * S);
      },
    },
    {
      name: "a double Next with the same fromIndex moves once",
      given: [{ type: "movedNext", at: T0 + S, fromIndex: 0 }],
      event: { type: "movedNext", at: T0 + S, fromIndex: 0 },
      expect: "same",
    },
    {
      name: "next on the last question does nothing (finish is explicit)",
      given: [{ type: "movedNext", at: T0 }, { type: "movedNext", at: T0 }],
      event: { type: "movedNext", at: T0 + S },
      expect: "same",
    },
    {
      name: "previous goes back and the earlier clock resumes from its total",
      given: [{ type: "movedNext", at: T0 + 10 * S }],
      event: { type: "movedPrevious", at: T0 + 25 * S },
      expect: (s) => {
        expect(s.currentIndex).toBe(0);
        expect(entry(s, S1).elapsedMs).toBe(15 * S);
        expect(entry(s, Q1).activeSince).toBe(T0 + 25 * S);
        expect(entryElapsedMs(entry(s, Q1), T0 + 30 * S)).toBe(15 * S);
      },
    },
    { name: "previous on the first question does nothing", event: { type: "movedPrevious", at: T0 }, expect: "same" },
    { name: "previous with a stale fromIndex is ignored", given: [{ type: "movedNext", at: T0 }], event: { type: "movedPrevious", at: T0, fromIndex: 0 }, expect: "same" },
    {
      name: "jump to a question",
      event: { type: "jumpedTo", at: T0 + 5 * S, index: 2 },
      expect: (s) => {
        expect(s.currentIndex).toBe(2);
        expect(entry(s, Q2).activeSince).toBe(T0 + 5 * S);
        expect(entry(s, Q1).elapsedMs).toBe(5 * S);
      },
    },
    { name: "jump to where you are does nothing", event: { type: "jumpedTo", at: T0, index: 0 }, expect: "same" },
    { name: "jump out of range does nothing", event: { type: "jumpedTo", at: T0, index: 3 }, expect: "same" },
    {
      name: "skip marks the question and moves on",
      event: { type: "skipped", at: T0 + 5 * S, fromIndex: 0 },
      expect: (s) => {
        expect(entry(s, Q1).skipped).toBe(true);
        expect(s.currentIndex).toBe(1);
      },
    },
    { name: "a repeated skip with the same fromIndex skips once", given: [{ type: "skipped", at: T0, fromIndex: 0 }], event: { type: "skipped", at: T0, fromIndex: 0 }, expect: "same" },
    { name: "a graded question cannot be skipped", given: [{ type: "graded", at: T0, grade: 2 }], event: { type: "skipped", at: T0 + S }, expect: "same" },
    {
      name: "skip on the last question marks it and stays",
      given: [{ type: "jumpedTo", at: T0, index: 2 }],
      event: { type: "skipped", at: T0 + S },
      expect: (s) => {
        expect(entry(s, Q2).skipped).toBe(true);
        expect(s.currentIndex).toBe(2);
      },
    },
    {
      name: "grading a skipped question clears skipped",
      given: [{ type: "skipped", at: T0 }, { type: "movedPrevious", at: T0 + S }],
      event: { type: "graded", at: T0 + 2 * S, grade: 3 },
      expect: (s) => expect(entry(s, Q1)).toMatchObject({ grade: 3, skipped: false }),
    },
  ]);
});

describe("pause and resume", () => {
  runTable([
    {
      name: "pause folds the running span into elapsed",
      event: { type: "paused", at: T0 + 20 * S },
      expect: (s) => {
        expect(s.pausedAt).toBe(T0 + 20 * S);
        expect(entry(s, Q1).elapsedMs).toBe(20 * S);
        expect(entry(s, Q1).activeSince).toBeUndefined();
      },
    },
    { name: "pause twice is ignored", given: [{ type: "paused", at: T0 }], event: { type: "paused", at: T0 + S }, expect: "same" },
    { name: "resume when running is ignored", event: { type: "resumed", at: T0 }, expect: "same" },
    {
      name: "resume restarts the clock; the pause is not counted",
      given: [{ type: "paused", at: T0 + 20 * S }],
      event: { type: "resumed", at: T0 + 20 * MIN },
      expect: (s) => {
        expect(s.pausedAt).toBeUndefined();
        expect("pausedAt" in s).toBe(false);
        expect(entry(s, Q1).activeSince).toBe(T0 + 20 * MIN);
        expect(entryElapsedMs(entry(s, Q1), T0 + 20 * MIN + 5 * S)).toBe(25 * S);
      },
    },
    ...(["revealed", "flagToggled", "movedNext", "skipped", "answered"] as const).map(
      (type): Row => ({ name: `while paused, ${type} is ignored`, given: [{ type: "paused", at: T0 }], event: { type, at: T0 + S }, expect: "same" }),
    ),
    { name: "while paused, grading is ignored", given: [{ type: "paused", at: T0 }], event: { type: "graded", at: T0 + S, grade: 2 }, expect: "same" },
    { name: "while paused, jumping is ignored", given: [{ type: "paused", at: T0 }], event: { type: "jumpedTo", at: T0 + S, index: 2 }, expect: "same" },
    {
      name: "while paused, notes still save",
      given: [{ type: "paused", at: T0 }],
      event: { type: "notesEdited", at: T0 + S, text: "n" },
      expect: (s) => expect(entry(s, Q1).notes).toBe("n"),
    },
  ]);
});

describe("time up", () => {
  const afterLimit = T0 + 180 * S;
  runTable([
    { name: "overrun: time-up changes nothing (overrun is derived)", event: { type: "timedOut", at: afterLimit }, expect: "same" },
    {
      name: "reveal: time-up reveals the answer",
      onTimeUp: "reveal",
      event: { type: "timedOut", at: afterLimit },
      expect: (s) => expect(entry(s, Q1)).toMatchObject({ revealedAt: afterLimit, answeredMs: 180 * S }),
    },
    { name: "reveal: a time-up before the limit is ignored", onTimeUp: "reveal", event: { type: "timedOut", at: afterLimit - 1 }, expect: "same" },
    {
      name: "reveal: time paused does not count toward the limit",
      onTimeUp: "reveal",
      given: [{ type: "paused", at: T0 + 100 * S }, { type: "resumed", at: T0 + 200 * S }],
      event: { type: "timedOut", at: afterLimit },
      expect: "same",
    },
    { name: "reveal: no time-up for a question without a limit", onTimeUp: "reveal", given: [{ type: "movedNext", at: T0 }], event: { type: "timedOut", at: T0 + 10 * MIN, questionId: Q1 }, expect: "same" },
    { name: "reveal: already revealed stays as it was", onTimeUp: "reveal", given: [{ type: "revealed", at: T0 + S }], event: { type: "timedOut", at: afterLimit }, expect: "same" },
  ]);
});

describe("interview mode", () => {
  runTable([
    { name: "no reveal before done or time up", mode: "interview", event: { type: "revealed", at: T0 + 60 * S }, expect: "same" },
    {
      name: "reveal after done answering",
      mode: "interview",
      given: [{ type: "answered", at: T0 + 60 * S }],
      event: { type: "revealed", at: T0 + 61 * S },
      expect: (s) => expect(entry(s, Q1).revealedAt).toBe(T0 + 61 * S),
    },
    {
      name: "reveal once the question's time is up (derived from at)",
      mode: "interview",
      event: { type: "revealed", at: T0 + 180 * S },
      expect: (s) => expect(entry(s, Q1).revealedAt).toBe(T0 + 180 * S),
    },
    { name: "no going back", mode: "interview", given: [{ type: "movedNext", at: T0 + S }], event: { type: "movedPrevious", at: T0 + 2 * S }, expect: "same" },
    { name: "no jumping, not even forward", mode: "interview", event: { type: "jumpedTo", at: T0 + S, index: 2 }, expect: "same" },
    { name: "no grade before the reveal", mode: "interview", event: { type: "graded", at: T0 + S, grade: 4 }, expect: "same" },
    { name: "no rubric ticks before the reveal", mode: "interview", event: { type: "keyPointToggled", at: T0 + S, index: 0 }, expect: "same" },
    {
      name: "grade after the reveal",
      mode: "interview",
      given: [{ type: "answered", at: T0 + S }, { type: "revealed", at: T0 + 2 * S }],
      event: { type: "graded", at: T0 + 3 * S, grade: 4 },
      expect: (s) => expect(entry(s, Q1).grade).toBe(4),
    },
    {
      name: "next is allowed",
      mode: "interview",
      event: { type: "movedNext", at: T0 + S },
      expect: (s) => expect(s.currentIndex).toBe(1),
    },
  ]);
});

describe("finish and regrade", () => {
  runTable([
    {
      name: "finish stops the clock and keeps everything",
      given: [{ type: "graded", at: T0, grade: 2 }],
      event: { type: "finished", at: T0 + 90 * S },
      expect: (s) => {
        expect(s.finishedAt).toBe(T0 + 90 * S);
        expect(entry(s, Q1)).toMatchObject({ elapsedMs: 90 * S, grade: 2 });
        expect(entry(s, Q1).activeSince).toBeUndefined();
      },
    },
    {
      name: "finish while paused clears the pause without counting it",
      given: [{ type: "paused", at: T0 + 10 * S }],
      event: { type: "finished", at: T0 + 10 * MIN },
      expect: (s) => {
        expect(s.pausedAt).toBeUndefined();
        expect(s.finishedAt).toBe(T0 + 10 * MIN);
        expect(entry(s, Q1).elapsedMs).toBe(10 * S);
      },
    },
    ...(
      [
        { type: "finished", at: T0 + 2 * S },
        { type: "revealed", at: T0 + 2 * S },
        { type: "graded", at: T0 + 2 * S, grade: 4 },
        { type: "movedNext", at: T0 + 2 * S },
        { type: "paused", at: T0 + 2 * S },
        { type: "resumed", at: T0 + 2 * S },
        { type: "flagToggled", at: T0 + 2 * S },
        { type: "notesEdited", at: T0 + 2 * S, text: "after" },
        { type: "timedOut", at: T0 + 20 * MIN },
      ] satisfies SessionEvent[]
    ).map((event): Row => ({ name: `after finish, ${event.type} is ignored`, onTimeUp: "reveal", given: [{ type: "finished", at: T0 + S }], event, expect: "same" })),
    {
      name: "after finish, a grade can be changed on the results page",
      given: [{ type: "graded", at: T0, grade: 1 }, { type: "finished", at: T0 + S }],
      event: { type: "regraded", at: T0 + MIN, questionId: Q1, grade: 3 },
      expect: (s) => expect(entry(s, Q1).grade).toBe(3),
    },
    {
      name: "after finish, any question can be graded, not only the current one",
      given: [{ type: "finished", at: T0 + S }],
      event: { type: "regraded", at: T0 + MIN, questionId: Q2, grade: 2 },
      expect: (s) => expect(entry(s, Q2).grade).toBe(2),
    },
    { name: "regrade before finishing is ignored", event: { type: "regraded", at: T0, questionId: Q1, grade: 3 }, expect: "same" },
    { name: "regrade of an unknown question is ignored", given: [{ type: "finished", at: T0 }], event: { type: "regraded", at: T0, questionId: "x", grade: 3 }, expect: "same" },
    { name: "regrade with a bad grade is ignored", given: [{ type: "finished", at: T0 }], event: { type: "regraded", at: T0, questionId: Q1, grade: 0 as never }, expect: "same" },
  ]);
});

describe("totality", () => {
  it("returns the same object for hostile or unknown events", () => {
    const s = start();
    const hostile: unknown[] = [
      { type: "exploded", at: T0 },
      { type: "movedNext" },
      { type: "movedNext", at: Number.NaN },
      { type: "movedNext", at: "soon" },
      { type: "notesEdited", at: T0, text: 42 },
      { type: "jumpedTo", at: T0, index: -1 },
      { type: "jumpedTo", at: T0, index: "2" },
      null,
    ];
    for (const event of hostile) expect(transition(s, event as SessionEvent)).toBe(s);
  });

  it("never mutates the session it is given", () => {
    const s = start();
    const frozen = structuredClone(s);
    transitionAll(s, [
      { type: "keyPointToggled", at: T0, index: 1 },
      { type: "graded", at: T0, grade: 2 },
      { type: "movedNext", at: T0 + S },
      { type: "paused", at: T0 + 2 * S },
      { type: "finished", at: T0 + 3 * S },
    ]);
    expect(s).toEqual(frozen);
  });

  it("a clock that goes backwards never makes time negative", () => {
    const s = transition(start(), { type: "movedNext", at: T0 - 5 * S });
    expect(entry(s, Q1).elapsedMs).toBe(0);
  });

  it("canApply agrees with transition", () => {
    const s = start({ mode: "interview" });
    expect(canApply(s, { type: "revealed", at: T0 + S })).toBe(false);
    expect(canApply(s, { type: "answered", at: T0 + S })).toBe(true);
  });
});

describe("a whole session", () => {
  it("accumulates time per question only while current and running", () => {
    const s = transitionAll(start(), [
      { type: "movedNext", at: T0 + 60 * S, fromIndex: 0 },
      { type: "paused", at: T0 + 90 * S },
      { type: "resumed", at: T0 + 10 * MIN },
      { type: "movedPrevious", at: T0 + 10 * MIN + 30 * S, fromIndex: 1 },
      { type: "movedNext", at: T0 + 11 * MIN, fromIndex: 0 },
      { type: "movedNext", at: T0 + 11 * MIN, fromIndex: 1 },
      { type: "finished", at: T0 + 12 * MIN },
    ]);
    expect(entry(s, Q1).elapsedMs).toBe(60 * S + 30 * S);
    expect(entry(s, S1).elapsedMs).toBe(30 * S + 30 * S);
    expect(entry(s, Q2).elapsedMs).toBe(60 * S);
    for (const id of s.questionIds) expect(entry(s, id).activeSince).toBeUndefined();
  });

  it("exports grade labels in key order", () => {
    expect(GRADES.map((g) => `${g} ${GRADE_LABELS[g]}`)).toEqual(["1 Missed", "2 Partial", "3 Good", "4 Strong"]);
  });
});

describe("selectors mirror the machine", () => {
  it("reveal, back and next availability", () => {
    const practice = start();
    expect(selectCanReveal(practice, T0)).toBe(true);
    expect(selectCanGoBack(practice, T0)).toBe(false);
    expect(selectCanGoNext(practice, T0)).toBe(true);
    const second = transition(practice, { type: "movedNext", at: T0 + S });
    expect(selectCanGoBack(second, T0 + 2 * S)).toBe(true);
    expect(selectPosition(second)).toEqual({ number: 2, total: 3 });
    expect(selectCurrentQuestionId(second)).toBe(S1);
    expect(selectCurrentMeta(second)?.kind).toBe("scenario");
    expect(selectCurrentEntry(second)?.activeSince).toBe(T0 + S);

    const interview = transition(start({ mode: "interview" }), { type: "movedNext", at: T0 + S });
    expect(selectCanGoBack(interview, T0 + 2 * S)).toBe(false);
    expect(selectCanReveal(interview, T0 + 2 * S)).toBe(false);
    expect(selectCanReveal(interview, T0 + S + 360 * S)).toBe(true);

    const last = transition(practice, { type: "jumpedTo", at: T0, index: 2 });
    expect(selectIsLastQuestion(last)).toBe(true);
    expect(selectCanGoNext(last, T0)).toBe(false);
    const paused = transition(practice, { type: "paused", at: T0 });
    expect(selectIsPaused(paused)).toBe(true);
    expect(selectCanGoNext(paused, T0)).toBe(false);
    expect(selectIsFinished(transition(paused, { type: "finished", at: T0 }))).toBe(true);
  });
});
