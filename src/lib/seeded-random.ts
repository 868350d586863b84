/**
 * Seeded pseudo-random numbers: the same seed string always gives the same sequence, so a
 * shuffled session can be reproduced from a link. Not for anything security-related.
 */

/** A source of numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * 32-bit hash of a string (FNV-1a over UTF-16 code units, then the murmur3 finaliser so that
 * seeds differing in one character land far apart). Used only to turn a seed into a number.
 */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small, fast 32-bit generator with a full 2^32 period. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from a string (e.g. the visible seed in the setup link). */
export function createRandom(seed: string): RandomSource {
  return mulberry32(hashSeed(seed));
}

/** A new array with the items in a random order (Fisher–Yates); the input is not changed. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = out[i] as T;
    out[i] = out[j] as T;
    out[j] = held;
  }
  return out;
}
