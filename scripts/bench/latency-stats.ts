/** Latency percentiles of a run, in milliseconds (nearest-rank on the sorted samples). */
export type Percentiles = { p50: number; p95: number; p99: number };

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : Number.NaN);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export const formatMs = (ms: number) => (Number.isNaN(ms) ? "–" : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
