import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCourse, type TopicNode } from "@/lib/catalog/get-course";
import { TopicTree } from "./_components/topic-tree";
import { CourseMasteryProvider } from "./_components/course-mastery";
import { buttonClass } from "@/app/_components/ui/button";
import { DataTable } from "@/app/_components/ui/data-table";

export const revalidate = 300;

// Course pages are rendered on first request and then served from the cache like static pages.
export function generateStaticParams() {
  return [];
}

const validSlug = (slug: string) => /^[a-z0-9-]{1,80}$/.test(slug);
const hasNotes = (topics: TopicNode[]): boolean => topics.some((t) => t.hasNote || hasNotes(t.children));

export async function generateMetadata({ params }: PageProps<"/courses/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const course = validSlug(slug) ? await getCourse(slug) : null;
  return course ? { title: course.name, description: `${course.name}: syllabus topics, papers and practice questions.` } : {};
}

export default async function CoursePage({ params }: PageProps<"/courses/[slug]">) {
  const { slug } = await params;
  const course = validSlug(slug) ? await getCourse(slug) : null;
  if (!course) notFound();

  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/courses" className="hover:text-brand-700">
          Courses
        </Link>{" "}
        / Group {course.subject.group}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{course.name}</h1>
      <p className="mt-3 text-slate-700">{course.subject.description}</p>
      {course.subject.practiceNote && (
        <aside aria-label="What you can practise here" className="mt-4 rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950">
          <p className="font-semibold">What you can practise here</p>
          <p className="mt-1">{course.subject.practiceNote}</p>
        </aside>
      )}
      {course.questionCount > 0 ? (
        <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href={`/practice?course=${course.slug}`} className={buttonClass()}>
            Practise {course.name}
          </Link>
          <p className="text-sm text-slate-600">
            {course.questionCount} questions · {course.flashcardCount} flashcards
          </p>
        </div>
      ) : (
        // No practise button: it could only lead to an empty set. Flashcards may already exist.
        <div role="status" className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">No questions yet</p>
          <p className="mt-1 text-sm">
            The questions for {course.name} are still being written, so there is nothing to practise here for now. The syllabus below shows what the course
            covers{course.flashcardCount ? `, and its ${course.flashcardCount} flashcards are ready to review` : ""}.
          </p>
        </div>
      )}

      <section aria-labelledby="papers" className="mt-10">
        <h2 id="papers" className="text-xl font-semibold">
          Exam papers
        </h2>
        {/* A five-column table does not fit a phone: there each paper is a small card instead. */}
        <DataTable
          caption={`Papers of ${course.name}`}
          className="mt-4 hidden sm:block"
          headers={["Paper", "Duration", "Marks", "Calculator", "Weight"]}
          rowKeys={course.papers.map((p) => p.code)}
          rows={course.papers.map((p) => [p.name, `${p.durationMinutes} min`, p.totalMarks, p.calculator ? "Allowed" : "Not allowed", `${p.weightPercent}%`])}
        />
        <ul className="mt-4 space-y-3 sm:hidden" aria-label="Exam papers">
          {course.papers.map((p) => (
            <li key={p.code} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-medium">{p.name}</p>
              <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-0.5 text-slate-700">
                <dt className="text-slate-600">Duration</dt>
                <dd>{p.durationMinutes} min</dd>
                <dt className="text-slate-600">Marks</dt>
                <dd>{p.totalMarks}</dd>
                <dt className="text-slate-600">Calculator</dt>
                <dd>{p.calculator ? "Allowed" : "Not allowed"}</dd>
                <dt className="text-slate-600">Weight</dt>
                <dd>{p.weightPercent}%</dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="syllabus" className="mt-10">
        <h2 id="syllabus" className="text-xl font-semibold">
          Syllabus
        </h2>
        {hasNotes(course.topics) && <p className="mt-1 text-sm text-slate-600">Underlined topics have a revision note: read it before you practise.</p>}
        <CourseMasteryProvider courseSlug={course.slug}>
          <TopicTree topics={course.topics} courseSlug={course.slug} />
        </CourseMasteryProvider>
      </section>
    </div>
  );
}
