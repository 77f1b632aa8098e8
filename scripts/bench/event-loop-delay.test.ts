import { describe, expect, it } from "vitest";
import { combineWindows, parseEventLoopDelay } from "./event-loop-delay";

const scrape = `# HELP nodejs_eventloop_lag_p50_seconds The 50th percentile of the recorded event loop delays.
# TYPE nodejs_eventloop_lag_p50_seconds gauge
nodejs_eventloop_lag_p50_seconds 0.010125311
nodejs_eventloop_lag_p99_seconds 0.031096831
nodejs_eventloop_lag_max_seconds 0.045350911
nodejs_eventloop_lag_p90_seconds 0.02
`;

describe("event-loop delay from prom-client's default metrics", () => {
  it("reads a scrape's window in milliseconds", () => {
    const w = parseEventLoopDelay(scrape)!;
    expect(w.p50).toBeCloseTo(10.125, 3);
    expect(w.p99).toBeCloseTo(31.097, 3);
    expect(w.max).toBeCloseTo(45.351, 3);
    expect(parseEventLoopDelay("process_cpu_seconds_total 1")).toBeNull();
  });

  it("combines windows: the median p50, the worst p99 and the largest max", () => {
    expect(
      combineWindows([
        { p50: 10, p99: 20, max: 30 },
        { p50: 12, p99: 80, max: 90 },
        { p50: 11, p99: 25, max: 200 },
      ]),
    ).toEqual({ p50: 11, p99: 80, max: 200 });
    expect(combineWindows([])).toBeNull();
  });
});
