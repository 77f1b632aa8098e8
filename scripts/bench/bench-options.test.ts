import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "./bench-options";
import { percentiles } from "./latency-stats";

describe("parseBenchOptions", () => {
  it("runs the full benchmark by default: 12 s scenarios, 100 connections, journeys at 50 to 400 students", () => {
    expect(parseBenchOptions([], {})).toEqual({
      quick: false,
      reuseBuild: false,
      durationS: 12,
      connections: 100,
      students: 2_000,
      journeyLevels: [50, 100, 200, 400],
      countCalls: 20,
    });
  });

  it("shortens everything for --quick, while BENCH_* variables still win", () => {
    expect(parseBenchOptions(["--quick"], {})).toMatchObject({ quick: true, reuseBuild: true, durationS: 3, journeyLevels: [50] });
    expect(parseBenchOptions(["--quick", "--rebuild"], { BENCH_DURATION_S: "20", BENCH_JOURNEY_LEVELS: "10,20", BENCH_CONNECTIONS: "50" })).toMatchObject({
      reuseBuild: false,
      durationS: 20,
      journeyLevels: [10, 20],
      connections: 50,
    });
    expect(parseBenchOptions(["--reuse-build"], {})).toMatchObject({ quick: false, reuseBuild: true });
  });

  it("refuses unknown flags and malformed settings with the setting's name", () => {
    expect(() => parseBenchOptions(["--fast"], {})).toThrow(/unknown option --fast/);
    expect(() => parseBenchOptions(["--rebuild", "--reuse-build"], {})).toThrow(/contradict/);
    expect(() => parseBenchOptions([], { BENCH_DURATION_S: "soon" })).toThrow(/BENCH_DURATION_S/);
    expect(() => parseBenchOptions([], { BENCH_JOURNEY_LEVELS: "50;100" })).toThrow(/BENCH_JOURNEY_LEVELS/);
  });
});

describe("percentiles", () => {
  it("takes the nearest rank of the sorted samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentiles(samples)).toEqual({ p50: 50, p95: 95, p99: 99 });
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7, p99: 7 });
    expect(Number.isNaN(percentiles([]).p50)).toBe(true);
  });
});
