import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HISTORY_DB_NAME as historyDbName } from "../../src/store/history-db.ts";
import { SAVED_DECKS_DB_NAME as savedDecksDbName } from "../../src/store/saved-decks-db.ts";
import { SESSION_STORAGE_KEY } from "../../src/store/session-store.ts";
import { HISTORY_DB_NAME, SAVED_DECKS_DB_NAME } from "../../src/store/storage-keys.ts";
import { databaseMayExist, hasSavedSessions } from "../../src/store/stored-data.ts";

// What the setup page asks before loading any store's code: is anything saved at all?

afterEach(() => {
  vi.restoreAllMocks();
});

describe("stored-data", () => {
  it("names the same databases as the modules that own them", () => {
    expect(HISTORY_DB_NAME).toBe(historyDbName);
    expect(SAVED_DECKS_DB_NAME).toBe(savedDecksDbName);
  });

  it("sees saved sessions by their key; blocked storage counts as nothing saved", () => {
    expect(hasSavedSessions()).toBe(false);
    localStorage.setItem(SESSION_STORAGE_KEY, "{}");
    expect(hasSavedSessions()).toBe(true);
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(hasSavedSessions()).toBe(false);
  });

  it("answers whether a database exists without creating it; says maybe when the browser cannot list them", async () => {
    const name = "stored-data-test-db";
    expect(await databaseMayExist(name)).toBe(false);
    expect((await indexedDB.databases()).some((database) => database.name === name)).toBe(false);

    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error("open failed"));
    });
    expect(await databaseMayExist(name)).toBe(true);

    vi.spyOn(indexedDB, "databases").mockRejectedValue(new Error("not allowed"));
    expect(await databaseMayExist("anything")).toBe(true);
  });
});
