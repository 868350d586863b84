import { splitBySpans, type TextSpan } from "../../../interview/key-point-coverage.ts";

/** `text` with the given spans in `<mark>`: the words the matcher took as evidence. */
export function HighlightedText({ text, spans }: { text: string; spans: readonly TextSpan[] }) {
  return (
    <>
      {splitBySpans(text, spans).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
