/**
 * A job's progress callback: the latest fraction goes into `progress` (what the resolvers
 * read) at once and into the job's row at most once a second, one write at a time: writes
 * held up by a lock must not pile up on the pool. A failed write is dropped (the next one
 * carries a newer fraction).
 */
export function progressReporter(
  progress: Map<string, number>,
  id: string,
  write: (fraction: number) => Promise<unknown>,
): (fraction: number) => void {
  let lastSaved = 0;
  let writing = false;
  return (fraction) => {
    progress.set(id, fraction);
    if (writing || Date.now() - lastSaved <= 1000) return;
    lastSaved = Date.now();
    writing = true;
    write(fraction)
      .catch(() => undefined)
      .finally(() => (writing = false));
  };
}
