import type { Nodes } from "mdast";

/** Inline containers: their text runs on without a break. */
const PHRASING = new Set(["emphasis", "strong", "delete", "link", "linkReference"]);

/**
 * The readable text of a Markdown node: text and inline code kept, emphasis markers, HTML and
 * link targets dropped, image alt text kept, runs of white space collapsed. Iterative, so
 * deeply nested input cannot overflow the stack.
 */
export function plainText(node: Nodes | readonly Nodes[]): string {
  const parts: string[] = [];
  const stack: Nodes[] = Array.isArray(node) ? [...(node as readonly Nodes[])].reverse() : [node as Nodes];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    switch (current.type) {
      case "text":
      case "inlineCode":
        parts.push(current.value);
        break;
      case "image":
        parts.push(current.alt ?? "");
        break;
      case "break":
        parts.push(" ");
        break;
      case "html":
      case "code":
      case "definition":
      case "footnoteDefinition":
      case "footnoteReference":
        break;
      default:
        if ("children" in current) {
          // Blocks read as separate words: "item one" + "nested" must not glue together.
          if (!PHRASING.has(current.type)) parts.push(" ");
          for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as Nodes);
        }
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
