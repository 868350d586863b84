// What every part of `npm run bench` shares: how a figure is reported and how a time is taken.

/** Prints one figure with its budget and whether it is met (bench.ts collects them for the exit code). */
export type Report = (name: string, value: string, budget: string, ok: boolean) => void;

/** dist/.vite/manifest.json: each chunk's file, its static and dynamic imports and its assets. */
export type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; assets?: string[] }>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median time of `runs` calls of `fn` in ms, after one warm-up call (JIT, module initialisation). */
export function timeIt(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
