import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRolePage } from "@/lib/auth/current-user";
import { assignmentFormOptions } from "@/lib/assignments/assignment-form-options";
import { NotFoundError } from "@/lib/errors";
import { createAssignmentAction } from "../actions";
import { NewAssignmentForm } from "./_components/new-assignment-form";

export const metadata: Metadata = { title: "Set work" };

export default async function NewAssignmentPage({ params }: PageProps<"/teach/classes/[classId]/assignments/new">) {
  const { classId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}/assignments/new`);
  const options = await assignmentFormOptions(user, classId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Set work for {options.schoolClass.name}</h1>
      <p className="mt-2 text-slate-700">{options.courseName}</p>
      <div className="mt-6 max-w-2xl">
        <NewAssignmentForm
          action={createAssignmentAction}
          classId={classId}
          papers={options.papers}
          topics={options.flashcardTopics}
          timezone={options.timezone}
        />
      </div>
    </>
  );
}
