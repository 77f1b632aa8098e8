/**
 * "Marked by your teacher": the teacher's marks replace the student's own, and their comment is shown as
 * they typed it. Plain text on purpose (React escapes it; line breaks kept): a comment is a message from
 * one person to another, not Markdown or HTML to render.
 */
export function TeacherMarkingNote({ marksAwarded, maxMarks, comment }: { marksAwarded: number; maxMarks: number; comment: string | null }) {
  return (
    <section aria-label="Marked by your teacher" className="mt-3 rounded-md border border-indigo-200 bg-indigo-50 p-3 text-sm text-slate-900">
      <p className="font-semibold">
        Marked by your teacher: {marksAwarded} / {maxMarks} {maxMarks === 1 ? "mark" : "marks"}
      </p>
      {comment && (
        <blockquote className="mt-2 border-l-4 border-indigo-300 pl-3 break-words whitespace-pre-wrap">
          <span className="sr-only">Your teacher&apos;s comment: </span>
          {comment}
        </blockquote>
      )}
    </section>
  );
}
