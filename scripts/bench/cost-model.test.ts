import { describe, expect, it } from "vitest";
import { costModelTable, DEFAULT_ASSUMPTIONS, sizeFor, type MeasuredCosts } from "./cost-model";

const measured: MeasuredCosts = {
  source: "test",
  appCpuMs: 4,
  primaryCpuMs: 2,
  replicaCpuMs: 0.5,
  redisCpuMs: 0.1,
  wholeBoxMs: 8,
  answerShare: 0.25,
  sessionBytes: 400,
  sessionIndexBytes: 200,
  dashboardBytes: 3000,
  attemptRowBytes: 500,
};

describe("sizeFor", () => {
  it("turns students into peak requests per second: active share × requests per day × peak-hour share ÷ 3600", () => {
    const s = sizeFor(220_000, measured);
    // 220 000 × 0.3 × 60 × 0.15 ÷ 3600 = 165 req/s; planned at 2× for bursts.
    expect(s.peakRps).toBeCloseTo(165, 6);
    expect(s.plannedRps).toBeCloseTo(330, 6);
  });

  it("sizes CPU from the per-request cost at the target utilisation, and never runs fewer than two app instances", () => {
    const s = sizeFor(220_000, measured);
    expect(s.appVcpus).toBeCloseTo((330 * 4) / 1000 / 0.6, 6); // 2.2 vCPU
    expect(s.appInstances).toBe(2);
    expect(s.primaryVcpus).toBeCloseTo((330 * 2) / 1000 / 0.6, 6);
    expect(sizeFor(10, measured).appInstances).toBe(2);
    expect(sizeFor(2_000_000, measured).appInstances).toBe(Math.ceil((((2_000_000 * 0.3 * 60 * 0.15) / 3600) * 2 * 4) / 1000 / 0.6 / 2));
  });

  it("counts Redis memory for every student's sessions and the dashboards of students using the app now, with overhead", () => {
    const s = sizeFor(100_000, measured);
    const bytes = 100_000 * DEFAULT_ASSUMPTIONS.sessionsPerStudent * 400 + 100_000 * 200 + 30_000 * DEFAULT_ASSUMPTIONS.cachedDashboardShare * 3000;
    expect(s.redisMiB).toBeCloseTo((bytes * DEFAULT_ASSUMPTIONS.redisOverhead) / 2 ** 20, 6);
  });

  it("grows attempts with the share of requests that answer a question", () => {
    expect(sizeFor(220_000, measured).attemptsPerDay).toBeCloseTo(220_000 * 0.3 * 60 * 0.25, 6);
  });
});

describe("costModelTable", () => {
  it("has one column per population and rounds databases up to instance sizes", () => {
    const table = costModelTable(measured, [220_000, 2_000_000]);
    expect(table.split("\n")[0]).toBe("| | 220,000 students | 2,000,000 students |");
    expect(table).toContain("| peak-hour mean | 165 req/s | 1,500 req/s |");
    // 1.1 vCPU of primary work at 220K → a 2-vCPU primary; 10 vCPU at 2M → 16.
    expect(table).toContain("| primary CPU | 1.1 vCPU → primary with 2 vCPU | 10.0 vCPU → primary with 16 vCPU |");
  });
});
