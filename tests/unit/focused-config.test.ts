import { describe, expect, it } from "vitest";
import type { DeckSummary } from "../../src/deck/deck-types.ts";
import { deckOfQuestion, focusedConfig } from "../../src/interview/focused-config.ts";
import { configFromSearch } from "../../src/features/setup/setup-search.ts";

const catalog = [
  { id: "aws", title: "AWS", sections: [{ title: "Compute", count: 2 }] },
  { id: "sd", title: "System design", sections: [{ title: "Caching", count: 3 }] },
] as unknown as DeckSummary[];

describe("focusedConfig", () => {
  it("keeps setup's defaults for pace, mode and kinds (what an empty setup link gives)", () => {
    const config = focusedConfig({ deckIds: ["aws"], order: "in-order", count: 4 });
    const defaults = configFromSearch({}, catalog);
    expect(config).toEqual({ ...defaults, deckIds: ["aws"], sections: null, order: "in-order", count: 4 });
  });

  it("names exactly the questions asked for, opening up the topic filter", () => {
    const config = focusedConfig(
      { deckIds: ["aws", "sd", "aws"], sections: ["Compute"], questionIds: ["aws/a", "sd/b"], order: "due", count: 2 },
    );
    expect(config).toMatchObject({ deckIds: ["aws", "sd"], sections: null, onlyQuestionIds: ["aws/a", "sd/b"], order: "due", count: 2 });
  });

  it("keeps a topic, and never asks for fewer than one question", () => {
    const config = focusedConfig({ deckIds: ["sd"], sections: ["Caching"], order: "weakest-first", count: 0 });
    expect(config).toMatchObject({ sections: ["Caching"], count: 1 });
    expect(config.onlyQuestionIds).toBeUndefined();
  });

  it("reads the deck of a question id", () => {
    expect(deckOfQuestion("aws-cloud/what-is-ec2")).toBe("aws-cloud");
    expect(deckOfQuestion("odd")).toBe("odd");
  });
});
