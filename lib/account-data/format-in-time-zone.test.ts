import { describe, expect, it } from "vitest";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";

const at = Date.UTC(2026, 11, 5, 23, 30); // 5 Dec 2026, 23:30 UTC

describe("formatInTimeZone", () => {
  it("shows the student's local time and names the zone", () => {
    expect(formatInTimeZone(at, "Europe/Paris")).toBe("6 Dec 2026, 00:30 CET");
    expect(formatInTimeZone(at, "Asia/Kolkata")).toBe("6 Dec 2026, 05:00 GMT+5:30");
    expect(formatInTimeZone(at, "America/New_York")).toBe("5 Dec 2026, 18:30 GMT-5");
    expect(formatInTimeZone(at, "UTC")).toBe("5 Dec 2026, 23:30 UTC");
  });

  it("follows daylight saving time", () => {
    expect(formatInTimeZone(Date.UTC(2026, 6, 1, 12, 0), "Europe/London")).toBe("1 Jul 2026, 13:00 BST");
  });
});
