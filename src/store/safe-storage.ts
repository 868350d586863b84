import type { StateStorage } from "zustand/middleware";

/** Why a write to browser storage failed, in words for the person. */
export type StorageFailure = "full" | "unavailable";

/**
 * localStorage that never throws into the app: a full or blocked storage is reported once per
 * failure streak through `onFailure`, and the app keeps running on what it holds in memory.
 */
export function createSafeStorage(
  onFailure: (failure: StorageFailure) => void,
  onRecovered: () => void,
  getStorage: () => Storage | undefined = () => (typeof localStorage === "undefined" ? undefined : localStorage),
): StateStorage {
  let failing = false;
  return {
    getItem(name) {
      try {
        return getStorage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      const storage = getStorage();
      try {
        if (!storage) throw new Error("no storage");
        storage.setItem(name, value);
        if (failing) {
          failing = false;
          onRecovered();
        }
      } catch (error) {
        const full = error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
        if (!failing) {
          failing = true;
          onFailure(full ? "full" : "unavailable");
        }
      }
    },
    removeItem(name) {
      try {
        getStorage()?.removeItem(name);
      } catch {
        // nothing to remove from a storage we cannot reach
      }
    },
  };
}
