/** One poll of a running import: when it was taken and how far the run had got. */
export type ProgressSample = { at: number; bytes: number; rows: number };

export type ProgressEstimate = {
  /** 0–1 of the file read, or null before the size is known. */
  fraction: number | null;
  rowsPerSecond: number | null;
  /** Milliseconds left at the current pace, or null until there is a pace to go by. */
  msLeft: number | null;
};

/** Samples older than this do not count towards the pace, so it follows speed changes. */
const WINDOW_MS = 10_000;

/**
 * Speed and time left from the last few polls. The pace is measured over a sliding window
 * rather than since the start, because a run speeds up after its first batch (connections warm,
 * the file cached) and a whole-run average would overstate the time left.
 */
export function estimateProgress(samples: ProgressSample[], bytesTotal: number): ProgressEstimate {
  const last = samples.at(-1);
  if (!last) return { fraction: null, rowsPerSecond: null, msLeft: null };
  const fraction = bytesTotal > 0 ? Math.min(1, last.bytes / bytesTotal) : null;
  const first = samples.find((s) => last.at - s.at <= WINDOW_MS) ?? last;
  const elapsed = last.at - first.at;
  if (elapsed <= 0) return { fraction, rowsPerSecond: null, msLeft: null };
  const rowsPerSecond = ((last.rows - first.rows) / elapsed) * 1000;
  const bytesPerMs = (last.bytes - first.bytes) / elapsed;
  const msLeft =
    bytesTotal > 0 && bytesPerMs > 0 ? Math.max(0, (bytesTotal - last.bytes) / bytesPerMs) : null;
  return { fraction, rowsPerSecond: Math.max(0, rowsPerSecond), msLeft };
}
