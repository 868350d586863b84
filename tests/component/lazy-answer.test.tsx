import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { prefetchAnswerRenderer } from "../../src/ui/answer-renderer.ts";
import { LazyAnswer } from "../../src/ui/lazy-answer.tsx";

// Order matters: the renderer module is loaded once per file, by the first test.
describe("LazyAnswer", () => {
  it("shows the Markdown source politely while the renderer loads, then the rendered answer", async () => {
    const { container } = render(<LazyAnswer markdown={"**Key Points:**\n\n- Use IAM roles"} />);
    const pending = container.querySelector("[aria-busy='true']");
    expect(pending).toHaveTextContent("**Key Points:**");
    expect(await screen.findByText("Key Points:", { selector: "strong" }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole("listitem")).toHaveTextContent("Use IAM roles");
    expect(container.querySelector("[aria-busy='true']")).toBeNull();
  });

  it("prefetches the renderer module once, however often it is asked", async () => {
    const first = prefetchAnswerRenderer();
    expect(prefetchAnswerRenderer()).toBe(first);
    const module = await first;
    expect(typeof module.AnswerMarkdown).toBe("function");
  });

  it("renders in the first commit, with no fallback, once the renderer has been prefetched", async () => {
    await prefetchAnswerRenderer();
    const { container } = render(<LazyAnswer markdown={"Use **least privilege**"} />);
    expect(container.querySelector("[aria-busy='true']")).toBeNull();
    expect(screen.getByText("least privilege").tagName).toBe("STRONG");
  });
});
