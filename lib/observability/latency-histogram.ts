// Fixed latency buckets shared by every instance, so histograms from many instances and minutes merge by
// adding counts. Upper bounds in ms; the last bucket (index LATENCY_BUCKETS_MS.length) is "slower".
// Dense where the app usually answers (cached reads take a few ms, uncached tens), coarse in the tail.
export const LATENCY_BUCKETS_MS = [1, 2, 5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 500, 750, 1_000, 1_500, 2_000, 3_000, 5_000, 10_000] as const;

/** The bucket a duration falls in: the first whose upper bound is at least the duration. */
export function bucketIndex(durationMs: number): number {
  const i = LATENCY_BUCKETS_MS.findIndex((upper) => durationMs <= upper);
  return i === -1 ? LATENCY_BUCKETS_MS.length : i;
}

/**
 * The q-quantile (0 < q ≤ 1) of a histogram given as counts per bucket, interpolating linearly inside
 * the bucket that holds it (as Prometheus' histogram_quantile does). Null for an empty histogram; a
 * quantile in the open-ended last bucket is reported as the largest bound (a lower bound on the truth).
 */
export function histogramQuantile(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] ?? 0;
    if (count > 0 && below + count >= rank) {
      if (i >= LATENCY_BUCKETS_MS.length) return LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1]!;
      const lower = i === 0 ? 0 : LATENCY_BUCKETS_MS[i - 1]!;
      const upper = LATENCY_BUCKETS_MS[i]!;
      return lower + ((upper - lower) * (rank - below)) / count;
    }
    below += count;
  }
  return LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1]!;
}

/** An empty histogram (one count per bucket plus the open-ended one). */
export const emptyHistogram = (): number[] => new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
