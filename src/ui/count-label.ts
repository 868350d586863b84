/** "1 question", "24 questions": an English count with a regular plural (or the one given). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
