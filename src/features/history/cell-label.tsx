import type { ReactNode } from "react";

/**
 * A cell's column name, shown only where a table is laid out as cards (a phone): the column
 * header says it already to assistive technology, so it is hidden from it.
 */
export function CellLabel({ children }: { children: ReactNode }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
