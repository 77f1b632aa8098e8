import { describe, expect, it } from "vitest";
import { instantToLocalDateTime, localDateTimeToInstant, parseLocalDateTime } from "./local-date-time";

const at = (local: string, zone: string) => localDateTimeToInstant(local, zone).toISOString();

describe("localDateTimeToInstant", () => {
  it("converts with the offset in force on that date, not today's", () => {
    expect(at("2026-01-15T17:00", "Europe/London")).toBe("2026-01-15T17:00:00.000Z");
    expect(at("2026-07-15T17:00", "Europe/London")).toBe("2026-07-15T16:00:00.000Z");
    expect(at("2026-07-15T17:00", "America/New_York")).toBe("2026-07-15T21:00:00.000Z");
    expect(at("2026-12-15T17:00", "America/New_York")).toBe("2026-12-15T22:00:00.000Z");
    expect(at("2026-07-15T09:00", "Asia/Kolkata")).toBe("2026-07-15T03:30:00.000Z");
    expect(at("2026-07-15T09:00", "Australia/Sydney")).toBe("2026-07-14T23:00:00.000Z");
    expect(at("2026-07-15T09:00", "UTC")).toBe("2026-07-15T09:00:00.000Z");
  });

  it("handles the day London springs forward (last Sunday of March 2026, 01:00 GMT → 02:00 BST)", () => {
    expect(at("2026-03-29T00:30", "Europe/London")).toBe("2026-03-29T00:30:00.000Z");
    expect(at("2026-03-29T09:00", "Europe/London")).toBe("2026-03-29T08:00:00.000Z");
    // 01:30 never happens that night: it is read as 02:30 BST, what the clock shows an hour after 00:30.
    expect(at("2026-03-29T01:30", "Europe/London")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("handles the night New York falls back (1 November 2026, 02:00 EDT → 01:00 EST)", () => {
    expect(at("2026-10-31T23:59", "America/New_York")).toBe("2026-11-01T03:59:00.000Z");
    // 01:30 happens twice: the first (EDT) is taken.
    expect(at("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    expect(at("2026-11-01T09:00", "America/New_York")).toBe("2026-11-01T14:00:00.000Z");
  });

  it("handles a zone whose DST is in the southern summer and a half-hour DST (Lord Howe)", () => {
    // Sydney goes back to AEST at 03:00 AEDT on 5 April 2026.
    expect(at("2026-04-04T12:00", "Australia/Sydney")).toBe("2026-04-04T01:00:00.000Z");
    expect(at("2026-04-06T12:00", "Australia/Sydney")).toBe("2026-04-06T02:00:00.000Z");
    expect(at("2026-01-10T12:00", "Australia/Lord_Howe")).toBe("2026-01-10T01:00:00.000Z");
    expect(at("2026-07-10T12:00", "Australia/Lord_Howe")).toBe("2026-07-10T01:30:00.000Z");
  });

  it("round-trips with instantToLocalDateTime, except a skipped time, which reads back moved forward", () => {
    for (const zone of ["Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Chatham"]) {
      for (const local of ["2026-03-29T12:00", "2026-10-25T01:30", "2026-11-01T00:45", "2026-12-31T23:59"]) {
        expect(instantToLocalDateTime(localDateTimeToInstant(local, zone), zone), `${local} ${zone}`).toBe(local);
      }
    }
    expect(instantToLocalDateTime(localDateTimeToInstant("2026-03-08T02:30", "America/New_York"), "America/New_York")).toBe("2026-03-08T03:30");
    expect(instantToLocalDateTime(new Date("2026-11-01T06:30:00Z"), "America/New_York")).toBe("2026-11-01T01:30");
  });

  it("refuses malformed values, impossible dates and unknown zones", () => {
    expect(parseLocalDateTime("2026-04-31T10:00")).toBeNull();
    expect(parseLocalDateTime("2026-02-29T10:00")).toBeNull();
    expect(parseLocalDateTime("2028-02-29T10:00")).not.toBeNull();
    expect(parseLocalDateTime("2026-04-01 10:00")).toBeNull();
    expect(parseLocalDateTime("2026-04-01T24:00")).toBeNull();
    expect(() => localDateTimeToInstant("yesterday", "UTC")).toThrow(RangeError);
    expect(() => localDateTimeToInstant("2026-04-01T10:00", "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
