/** Where a student stands on an assignment. "late" is work handed in after the due instant. */
export type AssignmentStatus = "not_started" | "in_progress" | "submitted" | "late";

export type AssignmentWork = {
  /** When the student started it (their practice set or mock, or first card review since release); null if not yet. */
  startedAt: Date | null;
  /** When it was completed (set finished, paper submitted, last card reviewed); null if not yet. */
  submittedAt: Date | null;
};

export type StudentAssignmentStatus = {
  status: AssignmentStatus;
  /** Not submitted and the due instant has passed: still to do, now late if handed in. */
  overdue: boolean;
};

/**
 * A student's status on an assignment. Everything is compared as instants: the due time was converted
 * from the teacher's zone once, at creation (local-date-time.ts), so a student in another zone, or a
 * DST change between setting and handing in, cannot move the deadline. Submitting exactly at the due
 * instant is on time.
 */
export function assignmentStatus(dueAt: Date, work: AssignmentWork, now: Date): StudentAssignmentStatus {
  if (work.submittedAt) return { status: work.submittedAt.getTime() > dueAt.getTime() ? "late" : "submitted", overdue: false };
  return { status: work.startedAt ? "in_progress" : "not_started", overdue: now.getTime() > dueAt.getTime() };
}

export const assignmentStatusLabel: Record<AssignmentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Submitted late",
};
