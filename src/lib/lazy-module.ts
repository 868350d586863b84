/**
 * Code loaded on demand (a dynamic `import()`, its own chunk), fetched once however often it is
 * asked for. A failed load is forgotten, so the next call tries again (a connection that came
 * back). Once it has arrived, `loaded()` gives it synchronously: a render or a router check that
 * cannot wait uses it directly.
 */
export interface LazyModule<T> {
  /** Starts the load, or joins the one under way; resolves to the module. */
  load(): Promise<T>;
  /** The module once it has arrived; undefined before. */
  loaded(): T | undefined;
}

/** `importer` is the `() => import("…")` of the module; `onLoad` runs once, when it first arrives. */
export function lazyModule<T>(importer: () => Promise<T>, onLoad?: (module: T) => void): LazyModule<T> {
  let pending: Promise<T> | undefined;
  let arrived: T | undefined;
  return {
    load() {
      pending ??= importer().then(
        (module) => {
          arrived = module;
          onLoad?.(module);
          return module;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => arrived,
  };
}
