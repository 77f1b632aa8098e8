import Link from "next/link";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { summarizeCatalog } from "@/lib/catalog/summarize-catalog";
import { buttonClass } from "@/app/_components/ui/button";

// Public and identical for everyone: regenerated at most every 5 minutes and cacheable at the CDN.
export const revalidate = 300;

const features = [
  {
    title: "Exam-style question bank",
    body: "Original questions for every topic, filtered by paper, difficulty and command term, each with a full markscheme and worked solution.",
  },
  {
    title: "Marked the IB way",
    body: "Multiple choice and numeric answers are marked instantly; written answers against M, A and R marking points, with optional AI feedback.",
  },
  { title: "Spaced repetition", body: "Flashcards and your own mistakes come back just before you would forget them, scheduled by the FSRS algorithm." },
  {
    title: "Timed mock papers",
    body: "Papers assembled to each course's real structure and timing, with a predicted grade from the course's grade boundaries.",
  },
];

export default async function LandingPage() {
  const stats = summarizeCatalog(await listCatalog());
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-20">
          <h1 className="max-w-3xl text-4xl font-extrabold tracking-tight text-brand-900 sm:text-5xl">
            Revise for the IB Diploma with questions that are marked like the real exam.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-slate-700">
            Practise by topic, sit timed mock papers, review your mistakes with spaced repetition, and see your predicted grade in every subject, SL and HL.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Link href="/courses" className={buttonClass({ size: "lg" })}>
              Browse the courses
            </Link>
          </div>
          <dl className="mt-12 grid max-w-2xl grid-cols-2 gap-6 sm:grid-cols-4" aria-label="What is in IB Revise">
            {[
              ["Subjects", stats.subjects],
              ["Courses", stats.courses],
              ["Syllabus topics", stats.topics],
              ["Questions", stats.questions],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="text-3xl font-bold text-brand-900">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
      <section className="mx-auto max-w-6xl px-4 py-16" aria-labelledby="features">
        <h2 id="features" className="text-2xl font-bold">
          Everything you need between now and your exams
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {features.map((f) => (
            <li key={f.title} className="rounded-lg border border-slate-200 p-6">
              <h3 className="font-semibold text-brand-900">{f.title}</h3>
              <p className="mt-2 text-slate-700">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
