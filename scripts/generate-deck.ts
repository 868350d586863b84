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
