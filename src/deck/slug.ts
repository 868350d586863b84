/** Longest local id a slug may become (in code points). */
export const SLUG_MAX_LENGTH = 64;

/**
 * Lower-case slug of a text for ids and URLs: Unicode letters, marks and digits are kept
 * (so "Что такое EC2?" stays readable), every other run of characters becomes one `-`.
 * Cut to {@link SLUG_MAX_LENGTH} code points, never ending in `-`. May return "".
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const points = Array.from(slug);
  if (points.length <= maxLength) return slug;
  return points.slice(0, maxLength).join("").replace(/-+$/, "");
}

/**
 * Hands out slugs unique within one deck: the second "what-is-s3" becomes "what-is-s3-2",
 * the third "what-is-s3-3". Earlier questions keep their slug when a later one clashes.
 */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  /** True when `slug` was already handed out or reserved. */
  has(slug: string): boolean {
    return this.taken.has(slug);
  }

  /** Marks `slug` as used without changing it. */
  reserve(slug: string): void {
    this.taken.add(slug);
  }

  /** `base` if free, else `base-2`, `base-3`, … ; the result is reserved. */
  claim(base: string): string {
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n += 1) candidate = `${base}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
