import { splitByMatches } from "../../lib/text-search.ts";

/** Text with each match of `query` in a `<mark>` (the whole text when the query is blank). */
export function MarkedText({ text, query }: { text: string; query: string }) {
  return (
    <>
      {splitByMatches(text, query).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
