import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AnswerMarkdown } from "../../src/ui/answer-markdown.tsx";

function renderAnswer(markdown: string) {
  return render(<AnswerMarkdown markdown={markdown} />).container;
}

describe("AnswerMarkdown", () => {
  it("renders GFM: emphasis, lists and a table as a real table in a named, focusable region", () => {
    renderAnswer(
      ["**Bold** and `inline`", "", "- one", "- two", "", "| Class | Use |", "|---|---|", "| Standard | hot |"].join(
        "\n",
      ),
    );
    expect(screen.getByText("Bold").tagName).toBe("STRONG");
    expect(screen.getByText("inline").tagName).toBe("CODE");
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    const region = screen.getByRole("region", { name: "Table: Class, Use" });
    expect(region).toHaveAttribute("tabindex", "0");
    const table = within(region).getByRole("table");
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Class", "Use"]);
    expect(within(table).getByRole("cell", { name: "Standard" })).toBeInTheDocument();
  });

  it("never turns raw HTML into elements: it stays visible text", () => {
    const container = renderAnswer('Before <img src=x onerror="alert(1)"> after\n\n<script>alert(2)</script>');
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toContain("<script>alert(2)</script>");
    expect(container.textContent).toContain("onerror");
  });

  it("drops javascript: and data: link targets but keeps http(s) and relative ones", () => {
    renderAnswer(
      "[bad](javascript:alert(1)) [worse](data:text/html,hi) [docs](https://aws.amazon.com/s3/) [local](#q1)",
    );
    for (const name of ["bad", "worse"]) {
      const href = screen.getByText(name).closest("a")?.getAttribute("href") ?? "";
      expect(href, name).not.toMatch(/^(javascript|data):/i);
    }
    const external = screen.getByRole("link", { name: /^docs\s*\(opens in a new tab\)$/ });
    expect(external).toHaveAttribute("href", "https://aws.amazon.com/s3/");
    expect(external).toHaveAttribute("rel", "noopener noreferrer");
    expect(external).toHaveAttribute("target", "_blank");
    expect(screen.getByRole("link", { name: "local" })).not.toHaveAttribute("target");
  });

  it("highlights fenced code for bash, hcl, json, python, yaml and sql, and aliases like sh and tf", () => {
    const fences: [string, string, string][] = [
      ["bash", "# list buckets\naws s3 ls", "comment"],
      ["sh", "echo $name", "variable"],
      ["hcl", 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}', "keyword"],
      ["tf", 'variable "region" {}', "keyword"],
      ["json", '{ "Effect": "Allow" }', "property"],
      ["python", "def handler(event, context):\n    return 1", "keyword"],
      ["yaml", "Resources:\n  Bucket: 1", "key"],
      ["sql", "SELECT * FROM users;", "keyword"],
    ];
    const container = renderAnswer(fences.map(([lang, code]) => "```" + lang + "\n" + code + "\n```").join("\n\n"));
    const blocks = container.querySelectorAll<HTMLElement>("pre.code-block");
    expect(blocks).toHaveLength(fences.length);
    fences.forEach(([lang, code, tokenType], index) => {
      const block = blocks[index];
      expect(block?.textContent, lang).toBe(code);
      expect(block, lang).toHaveAttribute("tabindex", "0");
      const token = block?.querySelector<HTMLElement>(`.token.${tokenType}`);
      expect(token, `${lang} ${tokenType}`).not.toBeNull();
      expect(token?.style.color, lang).not.toBe("");
    });
  });

  it("shows code in an unknown or missing language as plain text, without inventing tokens", () => {
    const container = renderAnswer("```brainfuck\n+[-->]\n```\n\n```\nplain text\n```");
    const blocks = container.querySelectorAll("pre.code-block");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toHaveAttribute("data-language", "text");
    expect(blocks[0]?.textContent).toBe("+[-->]");
    expect(blocks[1]?.textContent).toBe("plain text");
    expect(container.querySelector(".token.keyword, .token.operator")).toBeNull();
  });

  it("renders headings inside an answer below the question's level", () => {
    render(<AnswerMarkdown markdown={"# Top\n\n#### Detail\n\n###### Fine print"} headingLevel={2} />);
    expect(screen.getByRole("heading", { name: "Top" }).tagName).toBe("H3");
    expect(screen.getByRole("heading", { name: "Detail" }).tagName).toBe("H3");
    expect(screen.getByRole("heading", { name: "Fine print" }).tagName).toBe("H5");
  });
});
