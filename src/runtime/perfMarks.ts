// The page's performance marks (for npm run bench:ui and the browser tests): one per engine call
// and per chart drawn. The browser keeps marks until they are cleared, so a long workshop of
// slider dragging would pile up hundreds of thousands: past a thousand, they are cleared once the
// page has been quiet for a second (no benchmark or test is reading them then).
const keepAtMost = 1000;
const quietMs = 1000;
let count = 0;
let cleanup: ReturnType<typeof setTimeout> | undefined;
const names = new Set<string>();

export function markRecurring(name: string, startTime?: number, detail?: unknown): void {
  performance.mark(name, startTime === undefined && detail === undefined ? undefined : { ...(startTime !== undefined && { startTime }), detail });
  names.add(name);
  count++;
  if (count <= keepAtMost) return;
  clearTimeout(cleanup);
  cleanup = setTimeout(() => {
    names.forEach((n) => performance.clearMarks(n));
    count = 0;
  }, quietMs);
}
