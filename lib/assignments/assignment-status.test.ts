import { describe, expect, it } from "vitest";
import { assignmentStatus } from "./assignment-status";
import { localDateTimeToInstant } from "./local-date-time";

const d = (iso: string) => new Date(iso);
const none = { startedAt: null, submittedAt: null };

describe("assignmentStatus", () => {
  const due = d("2026-05-01T16:00:00Z");

  it("is not started, then in progress, then submitted or late", () => {
    expect(assignmentStatus(due, none, d("2026-04-30T00:00:00Z"))).toEqual({ status: "not_started", overdue: false });
    expect(assignmentStatus(due, { startedAt: d("2026-04-30T10:00:00Z"), submittedAt: null }, d("2026-04-30T11:00:00Z"))).toEqual({
      status: "in_progress",
      overdue: false,
    });
    const started = d("2026-04-30T10:00:00Z");
    expect(assignmentStatus(due, { startedAt: started, submittedAt: d("2026-05-01T15:59:59Z") }, d("2026-06-01T00:00:00Z")).status).toBe("submitted");
    expect(assignmentStatus(due, { startedAt: started, submittedAt: due }, d("2026-06-01T00:00:00Z")).status).toBe("submitted");
    expect(assignmentStatus(due, { startedAt: started, submittedAt: d("2026-05-01T16:00:01Z") }, d("2026-06-01T00:00:00Z"))).toEqual({
      status: "late",
      overdue: false,
    });
  });

  it("marks unsubmitted work past the due instant as overdue, started or not", () => {
    const after = d("2026-05-01T16:00:01Z");
    expect(assignmentStatus(due, none, after)).toEqual({ status: "not_started", overdue: true });
    expect(assignmentStatus(due, { startedAt: d("2026-05-01T12:00:00Z"), submittedAt: null }, after)).toEqual({ status: "in_progress", overdue: true });
    expect(assignmentStatus(due, none, due)).toEqual({ status: "not_started", overdue: false });
  });

  it("judges lateness by the teacher's zone across London's spring-forward, wherever the student is", () => {
    // Set in London for Monday 30 March 2026 09:00, the day after clocks went forward: 08:00 UTC, not 09:00.
    const dueLondon = localDateTimeToInstant("2026-03-30T09:00", "Europe/London");
    expect(dueLondon.toISOString()).toBe("2026-03-30T08:00:00.000Z");
    // A student in Tokyo hands in at 16:30 their time (07:30 UTC): on time.
    expect(
      assignmentStatus(dueLondon, { startedAt: d("2026-03-30T07:00:00Z"), submittedAt: d("2026-03-30T07:30:00Z") }, d("2026-04-01T00:00:00Z")).status,
    ).toBe("submitted");
    // 08:30 UTC is 09:30 in London: late, although a GMT reading (the offset before the change) would say 08:30, on time.
    expect(
      assignmentStatus(dueLondon, { startedAt: d("2026-03-30T07:00:00Z"), submittedAt: d("2026-03-30T08:30:00Z") }, d("2026-04-01T00:00:00Z")).status,
    ).toBe("late");
    expect(assignmentStatus(dueLondon, none, d("2026-03-30T08:00:01Z")).overdue).toBe(true);
  });

  it("judges lateness across New York's fall-back night", () => {
    // Due Sunday 1 November 2026 09:00 in New York, hours after the clocks went back: 14:00 UTC (EST), not 13:00 (EDT).
    const dueNy = localDateTimeToInstant("2026-11-01T09:00", "America/New_York");
    expect(dueNy.toISOString()).toBe("2026-11-01T14:00:00.000Z");
    const started = d("2026-11-01T12:00:00Z");
    expect(assignmentStatus(dueNy, { startedAt: started, submittedAt: d("2026-11-01T13:30:00Z") }, d("2026-11-02T00:00:00Z")).status).toBe("submitted");
    expect(assignmentStatus(dueNy, { startedAt: started, submittedAt: d("2026-11-01T14:00:01Z") }, d("2026-11-02T00:00:00Z")).status).toBe("late");
    // Due at 01:30, which happens twice that night: the first 01:30 (EDT) counts, so the second is late.
    const dueTwice = localDateTimeToInstant("2026-11-01T01:30", "America/New_York");
    expect(assignmentStatus(dueTwice, { startedAt: started, submittedAt: d("2026-11-01T06:00:00Z") }, d("2026-11-02T00:00:00Z")).status).toBe("late");
    expect(assignmentStatus(dueTwice, none, d("2026-11-01T05:31:00Z")).overdue).toBe(true);
  });

  it("judges the same due instant the same for students in different zones", () => {
    const dueKolkata = localDateTimeToInstant("2026-06-10T23:59", "Asia/Kolkata");
    const submitted = d("2026-06-10T18:00:00Z"); // 23:30 in Kolkata, 14:00 in New York, 04:00 next day in Sydney
    expect(assignmentStatus(dueKolkata, { startedAt: submitted, submittedAt: submitted }, d("2026-06-12T00:00:00Z")).status).toBe("submitted");
  });
});
