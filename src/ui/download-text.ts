/** How long an object URL outlives its click: some browsers read the blob after `click()` returns. */
export const REVOKE_URL_AFTER_MS = 10_000;

/**
 * Saves `text` as a file through the browser's download: a Blob behind a temporary object URL,
 * clicked through a temporary `<a download>`, the URL revoked shortly after.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_URL_AFTER_MS);
  }
}
