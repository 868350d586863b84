import { describe, expect, it, vi } from "vitest";
import { lazyModule } from "../../src/lib/lazy-module.ts";

describe("lazyModule: code loaded on demand", () => {
  it("imports once however often it is asked for, and gives the module synchronously once arrived", async () => {
    const module = { name: "renderer" };
    const importer = vi.fn(() => Promise.resolve(module));
    const onLoad = vi.fn();
    const lazy = lazyModule(importer, onLoad);
    expect(lazy.loaded()).toBeUndefined();
    const first = lazy.load();
    expect(lazy.load()).toBe(first);
    await expect(first).resolves.toBe(module);
    expect(lazy.loaded()).toBe(module);
    await lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(onLoad).toHaveBeenCalledWith(module);
  });

  it("forgets a failed load, so the next call tries again", async () => {
    const importer = vi
      .fn<() => Promise<{ ok: boolean }>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce({ ok: true });
    const onLoad = vi.fn();
    const lazy = lazyModule(importer, onLoad);
    await expect(lazy.load()).rejects.toThrow("offline");
    expect(lazy.loaded()).toBeUndefined();
    expect(onLoad).not.toHaveBeenCalled();
    await expect(lazy.load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
    expect(onLoad).toHaveBeenCalledTimes(1);
  });
});
