/** A latency for the admin tables: "–" without data, ms under a second, else seconds. */
export const formatMs = (ms: number | null) =>
  ms === null ? "–" : ms < 1_000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : `${(ms / 1_000).toFixed(2)} s`;

/** A rate (0–1) with one decimal of a percent; "–" when there was nothing to divide. */
export const formatRate = (rate: number | null) => (rate === null ? "–" : `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)}%`);

/** "2026-11-23T14:05:00.000Z" → "14:05" (UTC). */
export const formatMinute = (iso: string) => iso.slice(11, 16);

/** An instant as "2026-11-23 14:05:09 UTC", or "–". */
export const formatInstant = (value: Date | string | null) => (value ? `${new Date(value).toISOString().replace("T", " ").slice(0, 19)} UTC` : "–");
