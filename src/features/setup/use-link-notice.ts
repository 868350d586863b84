import { useState } from "react";
import type { SetupSearch } from "./setup-search.ts";

interface LinkNoticeState {
  /** Which link the messages are about; null once cleared. */
  key: string | null;
  messages: string[];
}

const NO_SESSION = "There is no session in progress — set one up below.";

/**
 * What the screen says about the link it was opened with: settings that were not valid and were
 * reset (`reset`, from the validator), or that /session had nothing to show (`notice`). Kept
 * after the screen tidies these markers out of the link, until the person changes a setting.
 */
export function useLinkNotice(reset: SetupSearch["reset"], notice: SetupSearch["notice"]) {
  const [state, setState] = useState<LinkNoticeState>({ key: null, messages: [] });
  const key = reset !== undefined || notice !== undefined ? `${reset ?? ""}|${notice ?? ""}` : null;
  if (key !== null && key !== state.key) {
    const messages: string[] = [];
    if (notice === "no-session") messages.push(NO_SESSION);
    if (reset)
      messages.push(`Some settings in the link were not valid and were reset: ${reset.replaceAll(",", ", ")}.`);
    setState({ key, messages });
  }
  function clear() {
    setState((current) => (current.messages.length === 0 ? current : { key: null, messages: [] }));
  }
  return { messages: state.messages, clear };
}
