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

  it("renders the inline HTML GitHub renders: b, kbd, sub, sup, br, p, details and summary", () => {
    const container = renderAnswer(
      '<b>Bold</b> and <i>italic</i>, press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup><br>next line\n\n<p align="center">Centred</p>\n\n<details><summary>More</summary>\n\nHidden <em>detail</em>\n\n</details>',
    );
    expect(screen.getByText("Bold").tagName).toBe("B");
    expect(screen.getByText("italic").tagName).toBe("I");
    expect(screen.getByText("Ctrl").tagName).toBe("KBD");
    expect(screen.getByText("2", { selector: "sub" })).toBeInTheDocument();
    expect(screen.getByText("2", { selector: "sup" })).toBeInTheDocument();
    expect(container.querySelector("br")).not.toBeNull();
    expect(screen.getByText("Centred")).toHaveAttribute("align", "center");
    expect(container.querySelector("details > summary")?.textContent).toBe("More");
    expect(screen.getByText("detail").tagName).toBe("EM");
    expect(container.textContent).not.toMatch(/<\/?(b|i|kbd|p|details)>/);
  });

  it("keeps hostile HTML inert: no script, handler, frame, style or javascript:/data: URL survives", () => {
    const container = renderAnswer(
      [
        'Before <img src=x onerror="alert(1)"> after',
        "<script>alert(2)</script>",
        '<iframe src="https://example.com"></iframe>',
        '<div style="position:fixed" onmouseover="alert(3)">Hover</div>',
        '<a href="javascript:alert(4)">js</a> <a href="data:text/html,hi">data</a>',
        '<img src="data:image/png;base64,AAAA" alt="inline data"> <img src="javascript:alert(5)" alt="js image">',
        '<details open ontoggle="alert(6)"><summary>Open</summary>Inside</details>',
        "<style>body{display:none}</style><form action=x><input name=q></form>",
        "<input autofocus onfocus=\"alert(7)\">",
      ].join("\n\n"),
    );
    for (const tag of ["script", "iframe", "style", "form", "input", "[style]", "[onerror]", "[onmouseover]", "[ontoggle]", "[id]"]) {
      expect(container.querySelector(tag), tag).toBeNull();
    }
    for (const element of container.querySelectorAll("[href], [src]")) {
      expect(element.getAttribute("href") ?? element.getAttribute("src") ?? "").not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(container.textContent).not.toContain("alert(2)");
    expect(screen.getByText("Hover").tagName).toBe("DIV");
    expect(screen.getByText("Image: inline data")).toHaveClass("image-placeholder");
    expect(screen.getByText("Image: js image")).toHaveClass("image-placeholder");
  });

  it("keeps GFM task list checkboxes, disabled", () => {
    const container = renderAnswer("- [x] done\n- [ ] to do");
    const boxes = container.querySelectorAll("input");
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box).toHaveAttribute("type", "checkbox");
      expect(box).toBeDisabled();
    }
    expect(boxes[0]).toBeChecked();
  });

  it("loads web images and shows a relative image's alt text as a visible placeholder", () => {
    const container = renderAnswer(
      '![Diagram](https://example.com/d.png) ![Local chart](assets/chart.png) ![Plain](http://example.com/p.png)\n\n<p align="center"><img src="./img.png" alt="Centred logo"></p>',
    );
    const images = container.querySelectorAll("img");
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute("src", "https://example.com/d.png");
    expect(images[0]).toHaveAttribute("alt", "Diagram");
    expect(screen.getByText("Image: Local chart")).toHaveAttribute("title", "Not available in the app: assets/chart.png");
    expect(screen.getByText("Image: Centred logo")).toBeInTheDocument();
    // http: images would be blocked by the Content Security Policy: a placeholder, not a broken image.
    expect(screen.getByText("Image: Plain")).toHaveClass("image-placeholder");
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
