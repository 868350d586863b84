import type { ExtraProps } from "react-markdown";

/** A hast element as react-markdown hands it to components (typed without a direct `hast` dependency). */
export type HastElement = NonNullable<ExtraProps["node"]>;
type HastNode = HastElement | HastElement["children"][number];

/** The concatenated text of a hast subtree. */
export function hastText(node: HastNode): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(hastText).join("");
  return "";
}

/** The first descendant element with the given tag name, depth first. */
export function findElement(node: HastElement, tagName: string): HastElement | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}
