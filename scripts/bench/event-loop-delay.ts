// The app's event-loop delay as its own /api/metrics reports it: prom-client's default metrics keep a
// perf_hooks.monitorEventLoopDelay histogram (10 ms resolution) and reset it at every scrape, so each
// scrape's nodejs_eventloop_lag_{p50,p99,max}_seconds describe the interval since the previous scrape.

export type DelayWindow = { p50: number; p99: number; max: number };

/** One scrape's window, in ms; null when the text has no event-loop metrics. */
export function parseEventLoopDelay(metricsText: string): DelayWindow | null {
  const read = (name: string) => {
    const m = new RegExp(`^nodejs_eventloop_lag_${name}_seconds(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, "m").exec(metricsText);
    return m ? Number(m[1]) * 1000 : null;
  };
  const p50 = read("p50");
  const p99 = read("p99");
  const max = read("max");
  return p50 === null || p99 === null || max === null ? null : { p50, p99, max };
}

/** Several windows as one: the median window's p50, the worst window's p99 and the largest max. */
export function combineWindows(windows: DelayWindow[]): DelayWindow | null {
  if (!windows.length) return null;
  const p50s = windows.map((w) => w.p50).sort((a, b) => a - b);
  return { p50: p50s[Math.floor(p50s.length / 2)]!, p99: Math.max(...windows.map((w) => w.p99)), max: Math.max(...windows.map((w) => w.max)) };
}

async function scrape(origin: string, metricsToken: string): Promise<DelayWindow> {
  const res = await fetch(`${origin}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  if (!res.ok) throw new Error(`/api/metrics answered ${res.status}: is METRICS_TOKEN the server's?`);
  const window = parseEventLoopDelay(await res.text());
  if (!window) throw new Error("/api/metrics has no nodejs_eventloop_lag_* metrics");
  return window;
}

/**
 * Scrapes every `intervalMs` until stopped, each window tagged with the label current throughout it.
 * The first scrape only resets the histogram (its window reaches back to the previous scrape, whenever that was).
 */
export async function sampleEventLoopDelay(origin: string, metricsToken: string, intervalMs: number) {
  await scrape(origin, metricsToken);
  const windows: (DelayWindow & { label: string })[] = [];
  let running = true;
  let label = "";
  const loop = (async () => {
    while (running) {
      const opened = label;
      await new Promise((r) => setTimeout(r, intervalMs));
      // A window that spans a change of label belongs to neither phase.
      windows.push({ ...(await scrape(origin, metricsToken)), label: opened === label ? label : "transition" });
    }
  })();
  return {
    setLabel(next: string) {
      label = next;
    },
    async stop() {
      running = false;
      await loop;
      return windows;
    },
  };
}
