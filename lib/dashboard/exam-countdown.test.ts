import { describe, expect, it } from "vitest";
import { examCountdown } from "@/lib/dashboard/exam-countdown";
import { localDate } from "@/lib/calendar/local-calendar";

describe("examCountdown", () => {
  it("counts whole local days to 1 May or 1 November of the exam year", () => {
    expect(examCountdown("MAY", 2030, "2030-01-15")).toEqual({ month: "MAY", year: 2030, startsOn: "2030-05-01", daysLeft: 106 });
    expect(examCountdown("NOVEMBER", 2030, "2030-10-31")).toMatchObject({ startsOn: "2030-11-01", daysLeft: 1 });
    expect(examCountdown("MAY", 2030, "2030-05-01")).toMatchObject({ daysLeft: 0 });
    expect(examCountdown("MAY", 2030, "2030-05-03")).toMatchObject({ daysLeft: -2 });
  });

  it("is null without an exam session", () => {
    expect(examCountdown(null, 2030, "2030-01-15")).toBeNull();
    expect(examCountdown("MAY", null, "2030-01-15")).toBeNull();
  });

  it("uses the student's calendar day, which may differ from the server's", () => {
    const now = new Date("2030-04-30T20:00:00Z"); // already 1 May in Auckland, still 30 April in Los Angeles
    expect(examCountdown("MAY", 2030, localDate(now, "Pacific/Auckland"))?.daysLeft).toBe(0);
    expect(examCountdown("MAY", 2030, localDate(now, "America/Los_Angeles"))?.daysLeft).toBe(1);
  });
});
