import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/ui/badge";
import { DataTable } from "@/app/_components/ui/data-table";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { requireRolePage } from "@/lib/auth/current-user";
import { assignmentStatusLabel } from "@/lib/assignments/assignment-status";
import { assignmentProgress } from "@/lib/assignments/class-assignments";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentProgressPage({ params }: PageProps<"/teach/classes/[classId]/assignments/[assignmentId]">) {
  const { classId, assignmentId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}/assignments/${assignmentId}`);
  const { assignment, progress } = await assignmentProgress(user, classId, assignmentId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const zone = assignment.timezone;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{assignment.title}</h1>
      <p className="mt-2 text-slate-700">
        {assignment.class.name} · released {formatInTimeZone(assignment.releaseAt, zone)} · due {formatInTimeZone(assignment.dueAt, zone)}
        {assignment.archivedAt ? " · withdrawn" : ""}
      </p>
      {progress.length ? (
        <DataTable
          caption="Each member's progress"
          className="mt-6"
          headers={["Student", "Status", "Handed in", "Marks"]}
          rowKeys={progress.map((p) => p.userId)}
          rows={progress.map((p) => [
            p.name ?? p.email,
            <span key="s">
              <Badge tone={p.status === "late" || p.overdue ? "warning" : p.status === "submitted" ? "success" : "neutral"}>
                {assignmentStatusLabel[p.status]}
              </Badge>
              {p.overdue ? " overdue" : ""}
            </span>,
            p.submittedAt ? formatInTimeZone(p.submittedAt, zone) : "–",
            p.marks ? `${p.marks.awarded} / ${p.marks.max}` : "–",
          ])}
        />
      ) : (
        <p className="mt-6 text-slate-700">The class has no members yet.</p>
      )}
    </>
  );
}
