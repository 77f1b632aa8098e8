import { describe, expect, it } from "vitest";
import { localDayBounds } from "@/lib/calendar/local-calendar";

const iso = ({ start, end }: { start: Date; end: Date }) => [start.toISOString(), end.toISOString()];

describe("localDayBounds", () => {
  it("is the student's calendar day, not the server's", () => {
    const now = new Date("2026-03-10T20:00:00Z");
    expect(iso(localDayBounds(now, "UTC"))).toEqual(["2026-03-10T00:00:00.000Z", "2026-03-11T00:00:00.000Z"]);
    // 05:00 on 11 March in Tokyo (UTC+9).
    expect(iso(localDayBounds(now, "Asia/Tokyo"))).toEqual(["2026-03-10T15:00:00.000Z", "2026-03-11T15:00:00.000Z"]);
    // 12:00 on 10 March in Los Angeles (UTC−7 after the 8 March DST change).
    expect(iso(localDayBounds(now, "America/Los_Angeles"))).toEqual(["2026-03-10T07:00:00.000Z", "2026-03-11T07:00:00.000Z"]);
  });

  it("has 23 hours on the day the clocks go forward", () => {
    const { start, end } = localDayBounds(new Date("2026-03-29T12:00:00Z"), "Europe/Madrid");
    expect(start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("falls back to UTC for a zone this runtime does not know", () => {
    expect(iso(localDayBounds(new Date("2026-03-10T20:00:00Z"), "Mars/Olympus_Mons"))).toEqual(["2026-03-10T00:00:00.000Z", "2026-03-11T00:00:00.000Z"]);
  });
});
