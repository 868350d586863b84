import type { Node } from "mdast";

/** 1-based line where a node starts (1 when the parser gave it no position). */
export function startLine(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** Source offset where a node starts. */
export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0;
}

/** Source offset just after a node. */
export function endOffset(node: Node): number {
  return node.position?.end.offset ?? 0;
}
