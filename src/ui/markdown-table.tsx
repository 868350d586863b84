import type { ComponentPropsWithoutRef } from "react";
import type { ExtraProps } from "react-markdown";
import { findElement, hastText } from "./hast-text.ts";

type MarkdownTableProps = ComponentPropsWithoutRef<"table"> & ExtraProps;

/** "Table: Class, Use case, Retrieval" from the header row, so each scroll region has a useful name. */
function tableLabel(node: MarkdownTableProps["node"]): string {
  const head = node ? findElement(node, "thead") : undefined;
  const row = head ? findElement(head, "tr") : undefined;
  const headers = row
    ? row.children.flatMap((cell) => (cell.type === "element" ? [hastText(cell).trim()] : [])).filter(Boolean)
    : [];
  return headers.length > 0 ? `Table: ${headers.join(", ")}` : "Table";
}

/**
 * A GFM table kept a real table, inside a region that scrolls sideways on narrow screens. The
 * region is focusable so keyboard users can scroll it, and named so screen readers announce it.
 */
export function MarkdownTable({ node, children, ...rest }: MarkdownTableProps) {
  return (
    <div className="table-scroll" role="region" aria-label={tableLabel(node)} tabIndex={0}>
      <table {...rest}>{children}</table>
    </div>
  );
}
