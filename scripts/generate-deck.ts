/** A canonical deck of `count` questions, shaped like the seed (sections, lists, code, tables), for benchmarks. */
export function generateDeck(count: number, perSection = 50): string {
  const parts: string[] = ["# Generated deck", "", "## Overview", "", "Generated for benchmarks.", ""];
  for (let i = 1; i <= count; i += 1) {
    if ((i - 1) % perSection === 0) parts.push(`## Section ${Math.ceil(i / perSection)}`, "");
    parts.push(
      `### Q${i}: What does service number ${i} do, and when would you use it?`,
      "",
      "**Answer:**",
      "",
      `Service ${i} stores **things** and serves them with \`low latency\`.`,
      "",
      "**Key Points:**",
      "- Durable by default",
      "- Scales without planning",
      "- Billed per request",
      "",
      "```bash",
      "# list what is there",
      `aws service${i} list --region eu-west-1`,
      "```",
      "",
      "| Option | Use |",
      "|---|---|",
      "| A | small |",
      "| B | large |",
      "",
      "---",
      "",
    );
  }
  return parts.join("\n");
}

/**
 * A file of about `bytes`, shaped like the public interview Q&A collections people import: a
 * banner, a table of contents, numbered `<details><summary>` questions with answers wrapped in
 * `<b>` or `<p>`, now and then a summary over several lines (options, a JSON snippet), a "Read
 * the detailed answer on …" line after each answer, nested topic headings and a closing
 * "Explore all answers" trailer. Made up for benchmarks; no one's deck.
 */
export function generateDetailsDeck(bytes: number): string {
  const head = ['<p align="center"><img src="assets/banner.png" alt="Banner"></p>', "", "# Generated Q&A collection", "", "## Table of Contents", ""];
  const body: string[] = [];
  const toc: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i += 1) {
    if (i % 40 === 1) {
      const topic = Math.ceil(i / 40);
      body.push(`## Topic ${topic}`, "", `### Part ${topic}`, "", "#### Basics", "");
    }
    const question = `What does component ${i} do, and when would you pick it?`;
    const tocLine = `${i}. [${question}](#q${i})`;
    toc.push(tocLine);
    let block: string;
    if (i % 10 === 0) {
      block = [
        "<details>",
        "<summary>",
        "",
        `${i}. Which of these settings does component ${i} accept?`,
        "",
        "```json",
        `{ "name": "component-${i}", "replicas": 3, "region": "eu-west-1" }`,
        "```",
        "",
        "</summary>",
        "",
        "<p>",
        "",
        `- It accepts \`name\` and \`replicas\` for component ${i}`,
        "- The region comes from the environment",
        "- Unknown keys are rejected",
        "",
        "</p>",
        "",
        `Read the detailed answer on [example.com](https://example.com/q/${i})`,
        "",
        "</details>",
        "",
      ].join("\n");
    } else {
      block = [
        `<details><summary>${i}. ${question}</summary><b>Component ${i} keeps <code>state</code> for the service and answers in <i>constant</i> time; use it when reads outnumber writes. See <a href="https://example.com/${i}">the docs</a>.</b></details>`,
        "",
      ].join("\n");
    }
    body.push(block);
    size += block.length + tocLine.length + 2;
  }
  const tail = ["## Explore all answers on example.com", "", '<p align="center"><a href="https://example.com"><img src="https://example.com/banner.png" alt="Explore"></a></p>', ""];
  return [...head, ...toc, ...body, ...tail].join("\n");
}
