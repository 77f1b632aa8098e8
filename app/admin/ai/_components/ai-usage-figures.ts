/** Latency as ms under a second, seconds above. */
export const formatLatency = (ms: number) => (ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1_000).toFixed(1)} s`);

/** An estimated cost, in the currency the prices were given in: cents stay visible, fractions of them do not. */
export const formatCost = (cost: number) => (cost > 0 && cost < 0.01 ? "< 0.01" : cost.toFixed(2));
