import { Profiler } from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Later, RevealInSteps } from "../../src/features/history/reveal-in-steps.tsx";

// A long page's first screen paints on its own; what is below it follows, one step per commit.

function Page({ all, commits }: { all: boolean; commits: string[] }) {
  const snapshot = () => commits.push([...document.querySelectorAll("p")].map((p) => p.textContent).join(","));
  return (
    <Profiler id="page" onRender={snapshot}>
      <RevealInSteps steps={2} all={all}>
        <p>first screen</p>
        <Later step={1}>
          <p>below</p>
        </Later>
        <Later step={2}>
          <p>further below</p>
        </Later>
      </RevealInSteps>
    </Profiler>
  );
}

describe("RevealInSteps", () => {
  it("commits the first screen alone, then each later step in a commit of its own, in page order", () => {
    const commits: string[] = [];
    render(<Page all={false} commits={commits} />);
    expect(commits).toEqual(["first screen", "first screen,below", "first screen,below,further below"]);
    expect(screen.getByText("further below")).toBeInTheDocument();
  });

  it("renders everything in the first commit when the page opens mid-way", () => {
    const commits: string[] = [];
    render(<Page all commits={commits} />);
    expect(commits).toEqual(["first screen,below,further below"]);
  });
});
