import type { Metadata } from "next";
import { requireUserPage } from "@/lib/auth/current-user";
import { listStudentAssignments, studentTimeZone } from "@/lib/assignments/list-student-assignments";
import { AssignmentList } from "./_components/assignment-list";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  const user = await requireUserPage("/assignments");
  const [items, timeZone] = await Promise.all([listStudentAssignments(user.id), studentTimeZone(user.id)]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Assignments</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Work your teachers set, soonest due first. Flashcard work counts once you have reviewed every card of its topics since it was set.
      </p>
      <div className="mt-6">
        {items.length ? <AssignmentList items={items} timeZone={timeZone} /> : <p className="text-slate-700">No work has been set for your classes yet.</p>}
      </div>
    </>
  );
}
