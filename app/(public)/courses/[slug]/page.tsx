import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCourse } from "@/lib/catalog/get-course";
import { TopicTree } from "./_components/topic-tree";
import { CourseMasteryProvider } from "./_components/course-mastery";

export const revalidate = 300;

// Course pages are rendered on first request and then served from the cache like static pages.
export function generateStaticParams() {
  return [];
}

const validSlug = (slug: string) => /^[a-z0-9-]{1,80}$/.test(slug);

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
      <p className="mt-3 text-sm text-slate-600">
        {course.questionCount} questions · {course.flashcardCount} flashcards
      </p>

      <section aria-labelledby="papers" className="mt-10">
        <h2 id="papers" className="text-xl font-semibold">
          Exam papers
        </h2>
        <table className="mt-4 w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="py-2 font-medium">Paper</th>
              <th className="py-2 font-medium">Duration</th>
              <th className="py-2 font-medium">Marks</th>
              <th className="py-2 font-medium">Calculator</th>
              <th className="py-2 font-medium">Weight</th>
            </tr>
          </thead>
          <tbody>
            {course.papers.map((p) => (
              <tr key={p.code} className="border-b border-slate-100">
                <td className="py-2">{p.name}</td>
                <td className="py-2">{p.durationMinutes} min</td>
                <td className="py-2">{p.totalMarks}</td>
                <td className="py-2">{p.calculator ? "Allowed" : "Not allowed"}</td>
                <td className="py-2">{p.weightPercent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="syllabus" className="mt-10">
        <h2 id="syllabus" className="text-xl font-semibold">
          Syllabus
        </h2>
        <CourseMasteryProvider courseSlug={course.slug}>
          <TopicTree topics={course.topics} />
        </CourseMasteryProvider>
      </section>
    </div>
  );
}
