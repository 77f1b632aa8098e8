import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpuSeconds, listeningPid, residentMemory } from "./server-process";

// This test process stands in for the app server: it listens on a port.
const ownGroup = () => {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
};

describe("the serving process, read from /proc", () => {
  const server = createServer((_, res) => res.end());
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("finds the process of a group that listens on a port, and its memory", () => {
    expect(listeningPid(ownGroup(), port)).toBe(process.pid);
    expect(() => listeningPid(ownGroup(), 9)).toThrow(/no process of group/);
    const { rss, peak } = residentMemory(process.pid);
    expect(rss).toBeGreaterThan(10 * 2 ** 20);
    expect(peak).toBeGreaterThanOrEqual(rss);
    expect(cpuSeconds(process.pid)).toBeGreaterThan(0);
  });
});
