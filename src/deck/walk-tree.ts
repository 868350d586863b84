import type { Nodes } from "mdast";

/**
 * Calls `visit` on `node` and every descendant in document order. Iterative, so a deeply
 * nested file cannot overflow the stack.
 */
export function walkTree(node: Nodes | readonly Nodes[], visit: (node: Nodes) => void): void {
  const stack: Nodes[] = Array.isArray(node) ? [...(node as readonly Nodes[])].reverse() : [node as Nodes];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    visit(current);
    if ("children" in current) {
      for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as Nodes);
    }
  }
}
