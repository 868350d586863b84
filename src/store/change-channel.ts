import { isRecord } from "../lib/is-record.ts";

/** Changes of one database, heard from other tabs (and, when announced so, from this one). */
export interface ChangeChannel<C> {
  /** Tells the other tabs; with `local`, this tab's listeners too. */
  announce(change: C, options?: { local?: boolean }): void;
  subscribe(listener: (change: C) => void): () => void;
  close(): void;
}

/** A BroadcastChannel named `name`, opened on first use; messages that fail `isChange` are ignored. */
export function createChangeChannel<C>(name: string, isChange: (data: Record<string, unknown>) => boolean): ChangeChannel<C> {
  const listeners = new Set<(change: C) => void>();
  let channel: BroadcastChannel | undefined;
  const notify = (change: C) => {
    for (const listener of [...listeners]) listener(change);
  };
  const open = () => {
    if (channel === undefined && typeof BroadcastChannel !== "undefined") {
      channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        const data = event.data;
        if (isRecord(data) && isChange(data)) notify(data as C);
      };
    }
    return channel;
  };
  return {
    announce(change, options) {
      if (options?.local) notify(change);
      try {
        open()?.postMessage(change);
      } catch {
        // a closed channel: other tabs see the change on their next read
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      open();
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      channel?.close();
      channel = undefined;
      listeners.clear();
    },
  };
}
