import type { Level } from "@/lib/catalog/catalog-input";

export type SubjectOption = { slug: string; name: string; courses: { slug: string; level: Level; hasQuestions: boolean }[] };
/** A chosen course; the grade stays a string while the student edits ("" until chosen). */
export type CourseChoice = { courseSlug: string; targetGrade: string };

const GRADES = [1, 2, 3, 4, 5, 6, 7];

type Props = {
  subject: SubjectOption;
  choice: CourseChoice | undefined;
  /** The message for this subject's target grade, if the last submit refused it. */
  gradeError: string | undefined;
  onLevelChange: (courseSlug: string | null) => void;
  onGradeChange: (targetGrade: string) => void;
};

/** One subject: "Not taking" or one of its levels, and a target grade once a level is chosen. */
export function SubjectChoice({ subject, choice, gradeError, onLevelChange, onGradeChange }: Props) {
  const nameId = `subject-${subject.slug}`;
  const gradeId = `target-${subject.slug}`;
  const gradeErrorId = `${gradeId}-error`;
  const options = [{ slug: null, label: "Not taking" }, ...subject.courses.map((c) => ({ slug: c.slug, label: c.level }))];
  const empty = subject.courses.filter((c) => !c.hasQuestions);
  // Students may still choose a course whose questions are being written (for its syllabus and any
  // flashcards), but they should know before they do, not after an empty practice set.
  const emptyNote = !empty.length
    ? null
    : empty.length === subject.courses.length
      ? "No questions yet"
      : `No questions yet at ${empty.map((c) => c.level).join(" or ")}`;
  const noteId = `${nameId}-note`;

  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-2 py-3">
      <span className="min-w-48 flex-1">
        <span id={nameId} className="font-medium">
          {subject.name}
        </span>
        {emptyNote && (
          <span id={noteId} className="block text-xs text-amber-800">
            {emptyNote}
          </span>
        )}
      </span>
      <div role="radiogroup" aria-labelledby={nameId} aria-describedby={emptyNote ? noteId : undefined} className="flex gap-2">
        {options.map((option) => {
          const checked = (choice?.courseSlug ?? null) === option.slug;
          return (
            <label
              key={option.slug ?? "none"}
              className={`inline-flex cursor-pointer items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm ${
                checked ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-slate-200 text-slate-700 hover:border-brand-600"
              }`}
            >
              <input
                type="radio"
                // Grouping name only: the chosen course is posted by the hidden `course` field below.
                name={`level:${subject.slug}`}
                value={option.slug ?? ""}
                checked={checked}
                onChange={() => onLevelChange(option.slug)}
                className="accent-brand-600"
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {choice && (
        <div className="flex items-center gap-2">
          <input type="hidden" name="course" value={choice.courseSlug} />
          <label htmlFor={gradeId} className="text-sm text-slate-700">
            Target grade<span className="sr-only"> for {subject.name}</span>
          </label>
          <select
            id={gradeId}
            name={`target:${choice.courseSlug}`}
            value={choice.targetGrade}
            onChange={(e) => onGradeChange(e.target.value)}
            required
            aria-invalid={gradeError ? true : undefined}
            aria-describedby={gradeError ? gradeErrorId : undefined}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-invalid:border-red-600"
          >
            <option value="">Choose</option>
            {GRADES.map((grade) => (
              <option key={grade} value={grade}>
                {grade}
              </option>
            ))}
          </select>
        </div>
      )}
      {choice && gradeError && (
        <p id={gradeErrorId} className="w-full text-sm text-red-700">
          {gradeError}
        </p>
      )}
    </li>
  );
}
