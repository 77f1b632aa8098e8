import Link from "next/link";
import type { StudentAssignment } from "@/lib/assignments/list-student-assignments";
import { AssignmentList } from "@/app/(student)/assignments/_components/assignment-list";

/** The "Due" card: class work still to hand in, soonest first. Absent for a student with none. */
export function DueAssignments({ items, timeZone }: { items: StudentAssignment[]; timeZone: string }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="due-assignments" className="mt-10">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="due-assignments" className="text-xl font-semibold">
          Due
        </h2>
        <Link href="/assignments" className="text-sm text-brand-700 hover:underline">
          All assignments
        </Link>
      </div>
      <div className="mt-4">
        <AssignmentList items={items} timeZone={timeZone} />
      </div>
    </section>
  );
}
