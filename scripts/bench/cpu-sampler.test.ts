import { describe, expect, it } from "vitest";
import { accumulateTicks, classifyProcess } from "./cpu-sampler";

const ctx = { appPgids: [4242, 4343], database: "ib_revise", primaryCluster: "15/main" };

describe("classifyProcess", () => {
  it("puts the app servers' whole process groups together, whatever the process is called", () => {
    expect(classifyProcess("next-server (v1", "", 4242, ctx)).toBe("app server");
    expect(classifyProcess("next-server (v1", "", 4343, ctx)).toBe("app server");
    expect(classifyProcess("node", "", 4242, ctx)).toBe("app server");
    expect(classifyProcess("node", "", 1, ctx)).toBeNull();
  });

  it("tells the bench database's backends on the primary and the replica from other databases and shared work", () => {
    expect(classifyProcess("postgres", "postgres: 15/main: postgres ib_revise 127.0.0.1(50000) idle", 1, ctx)).toBe("postgres primary: bench database");
    expect(classifyProcess("postgres", "postgres: 15/replica: postgres ib_revise 127.0.0.1(50001) SELECT", 1, ctx)).toBe("postgres replica: bench database");
    expect(classifyProcess("postgres", "postgres: 15/main: postgres ib_revise_test 127.0.0.1(50002) idle", 1, ctx)).toBe("postgres: other databases");
    expect(classifyProcess("postgres", "postgres: 15/main: postgres ib_revise [local] idle", 1, ctx)).toBe("postgres primary: bench database");
    for (const title of [
      "postgres: 15/main: checkpointer",
      "postgres: 15/main: walsender postgres 127.0.0.1(50542) streaming 0/3208A3D0",
      "postgres: 15/replica: startup recovering 000000010000000000000032",
    ]) {
      expect(classifyProcess("postgres", title, 1, ctx)).toBe("postgres: shared (WAL, replay, checkpoints)");
    }
    expect(classifyProcess("redis-server", "", 1, ctx)).toBe("redis");
  });
});

describe("accumulateTicks", () => {
  it("adds each process's ticks since the last reading to its group, all of a new process's ticks, and nothing for unclassified ones", () => {
    const prev = new Map([
      [1, { group: "app server" as const, ticks: 100 }],
      [2, { group: "redis" as const, ticks: 10 }],
      [3, { group: "postgres primary: bench database" as const, ticks: 50 }], // exits before the next reading
      [4, { group: null, ticks: 5 }],
    ]);
    const next = new Map([
      [1, { group: "app server" as const, ticks: 160 }],
      [2, { group: "redis" as const, ticks: 12 }],
      [4, { group: null, ticks: 90 }],
      [5, { group: "postgres primary: bench database" as const, ticks: 7 }], // a new backend
    ]);
    const into: Record<string, number> = { "app server": 1 };
    accumulateTicks(prev, next, into);
    expect(into).toEqual({ "app server": 61, redis: 2, "postgres primary: bench database": 7 });
  });
});
