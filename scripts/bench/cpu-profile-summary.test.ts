import { describe, expect, it } from "vitest";
import { profileEndUs, selfTimeByFunction, type CpuProfile } from "./cpu-profile-summary";

const frame = (functionName: string, url = "") => ({ functionName, url });
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(idle)") },
    { id: 2, callFrame: frame("handle", "file:///srv/app/node_modules/next/dist/server/base-server.js") },
    { id: 3, callFrame: frame("", "file:///srv/app/.next-bench/server/chunks/route.js") },
  ],
  startTime: 1_000,
  samples: [2, 3, 1, 2, 2, 3],
  timeDeltas: [100, 100, 100, 100, 100, 100],
};

describe("the CPU profile summary", () => {
  it("adds self time per function inside the window, without idle, and names frames without machine paths", () => {
    expect(profileEndUs(profile)).toBe(1_600);
    const { busyUs, functions } = selfTimeByFunction(profile, 1_150, 1_600);
    // Samples at 1200 (route), 1300 (idle), 1400 and 1500 (handle), 1600 (route).
    expect(busyUs).toBe(400);
    expect(functions).toEqual([
      { name: "(anonymous) (server/chunks/route.js)", microseconds: 200, share: 0.5 },
      { name: "handle (next/dist/server/base-server.js)", microseconds: 200, share: 0.5 },
    ]);
  });
});
