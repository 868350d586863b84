/** Shown only when a screen takes a noticeable time to load (the router waits ~1 s first). */
export function PendingScreen() {
  return (
    <div className="page" role="status">
      <p className="pending">Loading…</p>
    </div>
  );
}
