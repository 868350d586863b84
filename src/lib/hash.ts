/**
 * Short, stable, non-cryptographic hash of a string: 32-bit FNV-1a over UTF-16 code units,
 * as 8 lowercase hex digits. Used to notice that a question's text changed, not for security.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
