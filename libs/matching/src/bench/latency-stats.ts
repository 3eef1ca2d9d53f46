/** Latency figures of one measured series, in milliseconds. */
export interface LatencyStats {
  samples: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function latencyStats(durations: readonly number[]): LatencyStats {
  const sorted = [...durations].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    samples: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(sorted.length ? total / sorted.length : 0),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** Runs `task` once per item, one after the other, and returns each duration in ms. */
export async function timeEach<T, R>(
  items: readonly T[],
  task: (item: T) => Promise<R>,
  onResult?: (item: T, result: R) => void,
): Promise<number[]> {
  const durations: number[] = [];
  for (const item of items) {
    const started = performance.now();
    const result = await task(item);
    durations.push(performance.now() - started);
    onResult?.(item, result);
  }
  return durations;
}

/** How many times faster `fast` is than `slow`, one decimal. */
export function speedup(slow: number, fast: number): number {
  return fast > 0 ? Math.round((slow / fast) * 10) / 10 : 0;
}
