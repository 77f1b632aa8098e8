import type { ContentCourseRow } from "@/lib/admin/content/get-content-subject";

/** A course's size in one line: what an admin scans a list of courses for. */
export function CourseSize({ course }: { course: Pick<ContentCourseRow, "topicCount" | "questions" | "flashcardCount"> }) {
  const { published, draft, archived } = course.questions;
  return (
    <span className="text-sm text-slate-700">
      {course.topicCount} topics · {published} published questions
      {draft > 0 && `, ${draft} draft`}
      {archived > 0 && `, ${archived} archived`} · {course.flashcardCount} flashcards
    </span>
  );
}
