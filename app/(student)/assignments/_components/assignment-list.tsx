import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { ActionButton } from "@/app/_components/ui/action-button";
import { cardClass } from "@/app/_components/ui/card";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { assignmentStatusLabel, type AssignmentStatus } from "@/lib/assignments/assignment-status";
import type { StudentAssignment } from "@/lib/assignments/list-student-assignments";
import { startAssignmentAction } from "../actions";

const tone: Record<AssignmentStatus, BadgeTone> = { not_started: "neutral", in_progress: "info", submitted: "success", late: "warning" };
const kindLabel = { QUESTIONS: "Questions", MOCK: "Mock paper", FLASHCARDS: "Flashcards" } as const;

/** Assignments with their class, due time (in the student's zone) and status, each with Start or Continue while open. */
export function AssignmentList({ items, timeZone }: { items: StudentAssignment[]; timeZone: string }) {
  return (
    <ul className={cardClass("divide-y divide-slate-200")}>
      {items.map((a) => {
        const open = a.status === "not_started" || a.status === "in_progress";
        return (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 text-sm">
            <span className="min-w-0 break-words">
              <span className="font-medium">{a.title}</span> <span className="text-slate-600">· {a.className}</span>{" "}
              <span className="text-slate-600">· {kindLabel[a.kind]}</span>
              <br />
              <span className={a.overdue ? "font-medium text-red-800" : "text-slate-700"}>
                Due <time dateTime={a.dueAt.toISOString()}>{formatInTimeZone(a.dueAt, timeZone)}</time>
                {a.overdue ? " · overdue" : ""}
              </span>
            </span>
            <span className="flex shrink-0 items-center gap-3">
              <Badge tone={tone[a.status]}>{assignmentStatusLabel[a.status]}</Badge>
              {open && (
                <ActionButton action={startAssignmentAction} values={{ assignmentId: a.id }} variant="primary">
                  {a.started ? "Continue" : "Start"}
                </ActionButton>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
