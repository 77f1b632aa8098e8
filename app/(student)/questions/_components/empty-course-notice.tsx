import Link from "next/link";

/**
 * A course whose questions are still being written: said plainly, instead of an empty list and a
 * "Practise" that has nothing to practise, with the way on (another course, or the course's notes).
 */
export function EmptyCourseNotice({ courseName, courseSlug, otherCourses }: { courseName: string; courseSlug: string; otherCourses: boolean }) {
  return (
    <div role="status" className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{courseName} has no questions yet.</p>
      <p className="mt-1 text-sm">
        Its questions are still being written, so there is nothing to practise here for now.{" "}
        {otherCourses ? "Choose another course above to practise its questions, or " : "Meanwhile you can "}
        <Link href={`/courses/${courseSlug}`} className="font-medium text-brand-700 underline">
          look through the {courseName} syllabus
        </Link>
        .
      </p>
    </div>
  );
}
