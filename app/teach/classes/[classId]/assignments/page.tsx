import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/app/_components/ui/data-table";
import { buttonClass } from "@/app/_components/ui/button";
import { ActionButton } from "@/app/_components/ui/action-button";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { requireRolePage } from "@/lib/auth/current-user";
import { listClassAssignments } from "@/lib/assignments/class-assignments";
import { NotFoundError } from "@/lib/errors";
import { archiveAssignmentAction } from "./actions";

export const metadata: Metadata = { title: "Assignments" };

const kindLabel = { QUESTIONS: "Questions", MOCK: "Mock paper", FLASHCARDS: "Flashcards" } as const;

export default async function ClassAssignmentsPage({ params }: PageProps<"/teach/classes/[classId]/assignments">) {
  const { classId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}/assignments`);
  const listed = await listClassAssignments(user, classId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const base = `/teach/classes/${classId}/assignments`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{listed.schoolClass.name}: assignments</h1>
      <p className="mt-4">
        <Link href={`${base}/new` as Route} className={buttonClass()}>
          Set work
        </Link>
      </p>
      {listed.assignments.length ? (
        <DataTable
          caption="Assignments"
          className="mt-6"
          headers={["Title", "Kind", "Released", "Due", "Handed in", { label: "Withdraw", hidden: true }]}
          rowKeys={listed.assignments.map((a) => a.id)}
          rows={listed.assignments.map((a) => [
            <Link key="t" href={`${base}/${a.id}` as Route} className="text-brand-700 hover:underline">
              {a.title}
            </Link>,
            kindLabel[a.kind],
            formatInTimeZone(a.releaseAt, a.timezone),
            formatInTimeZone(a.dueAt, a.timezone),
            `${a.submitted} / ${a.members}`,
            <ActionButton key="w" action={archiveAssignmentAction} values={{ classId, assignmentId: a.id }} variant="danger" label={`Withdraw ${a.title}`}>
              Withdraw
            </ActionButton>,
          ])}
        />
      ) : (
        <p className="mt-6 text-slate-700">No work set yet.</p>
      )}
    </>
  );
}
