import type { RandomSource } from "./seeded-random.ts";

/*
 * The seeds a person sees in a setup link. Apart from the generator (seeded-random.ts), which only
 * the question picker needs: setup makes a seed on its first paint, the picker loads on Start.
 */

/** Letters and digits a person can read back without confusing 0/o or 1/l. */
const SEED_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A short, readable seed such as "k3f9qa" for a new shuffled session. The caller passes the
 * randomness (`Math.random` in the app, a seeded source in tests) so this module stays pure.
 */
export function makeSeed(random: RandomSource, length = 6): string {
  let seed = "";
  for (let i = 0; i < length; i += 1) {
    seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)] ?? "a";
  }
  return seed;
}
