export interface DocumentTitleProps {
  /** What this screen is, e.g. "Decks"; the app name is appended. */
  children: string;
}

/**
 * Sets the tab title while the screen is shown. React 19 hoists `<title>` into the head and puts
 * it before index.html's static title, so it is the one the browser uses.
 */
export function DocumentTitle({ children }: DocumentTitleProps) {
  return <title>{`${children} · Rehearse`}</title>;
}
