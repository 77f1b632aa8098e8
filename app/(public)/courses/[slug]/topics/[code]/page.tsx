import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RichText } from "@/app/_components/rich-text";
import { getTopicNote } from "@/lib/notes/get-topic-note";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge } from "@/app/_components/ui/badge";
import { TutorLauncher } from "@/app/_components/tutor/tutor-launcher";
import { tutorAvailable } from "@/lib/tutor/tutor-available";
import { TUTOR_MESSAGE_MAX_CHARS } from "@/lib/tutor/tutor-input";

export const revalidate = 300;

// Like course pages: rendered on first request, then served from the cache and regenerated every few minutes.
export function generateStaticParams() {
  return [];
}

const noteOf = async (params: PageProps<"/courses/[slug]/topics/[code]">["params"]) => {
  const { slug, code } = await params;
  const topicCode = decodeURIComponent(code);
  return /^[a-z0-9-]{1,80}$/.test(slug) && /^[A-Za-z0-9.]{1,12}$/.test(topicCode) ? getTopicNote(slug, topicCode) : null;
};

export async function generateMetadata({ params }: PageProps<"/courses/[slug]/topics/[code]">): Promise<Metadata> {
  const note = await noteOf(params);
  return note
    ? {
        title: `${note.topic.code} ${note.topic.title} · ${note.course.name}`,
        description: `Revision note for ${note.course.name}, ${note.topic.code} ${note.topic.title}.`,
      }
    : {};
}

const topicHref = (slug: string, code: string) => `/courses/${slug}/topics/${encodeURIComponent(code)}` as const;

export default async function TopicNotePage({ params }: PageProps<"/courses/[slug]/topics/[code]">) {
  const note = await noteOf(params);
  if (!note) notFound();
  const { course, topic } = note;

  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/courses" className="underline hover:text-brand-700">
          Courses
        </Link>
        {" / "}
        <Link href={`/courses/${course.slug}`} className="underline hover:text-brand-700">
          {course.name}
        </Link>
        {topic.parentTitle && ` / ${topic.parentTitle}`}
      </nav>
      <p className="mt-4 font-mono text-sm text-slate-600">
        {topic.code}
        {topic.hlOnly && (
          <Badge tone="warning" className="ml-2 font-sans">
            HL only
          </Badge>
        )}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{topic.title}</h1>
      <p className="mt-1 text-sm text-slate-600">Revision note · {course.name}</p>

      <RichText source={note.body} className="topic-note mt-6 leading-relaxed text-slate-800" />

      {/* The page is the same for everyone (cached); who is asking is settled when the panel opens. */}
      {tutorAvailable() && (
        <TutorLauncher
          subject={{ kind: "topic", id: topic.id }}
          maxChars={TUTOR_MESSAGE_MAX_CHARS}
          signInHref={`/sign-in?callbackUrl=${encodeURIComponent(topicHref(course.slug, topic.code))}`}
          className="mt-8"
        />
      )}

      <section aria-labelledby="next-steps" className="mt-10 rounded-lg border border-brand-100 bg-brand-50 p-5">
        <h2 id="next-steps" className="text-lg font-semibold">
          Now check you know it
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          {topic.questionCount > 0 ? (
            <Link href={`/practice?course=${course.slug}&topic=${encodeURIComponent(topic.code)}`} className={buttonClass()}>
              Practise this topic ({topic.questionCount} {topic.questionCount === 1 ? "question" : "questions"})
            </Link>
          ) : (
            <p className="text-sm text-slate-700">No practice questions on this topic yet.</p>
          )}
          <Link href="/flashcards" className={buttonClass({ variant: "secondary" })}>
            Review its flashcards
          </Link>
        </div>
        <p className="mt-2 text-sm text-slate-600">Practice and flashcards need a free account; you will be asked to sign in.</p>
      </section>

      <nav aria-label="More notes" className="mt-8 flex flex-col gap-3 text-sm sm:flex-row sm:justify-between">
        {note.previous ? (
          <Link href={topicHref(course.slug, note.previous.code)} className="text-brand-700 underline">
            ← {note.previous.code} {note.previous.title}
          </Link>
        ) : (
          <span />
        )}
        {note.next && (
          <Link href={topicHref(course.slug, note.next.code)} className="text-brand-700 underline sm:text-right">
            {note.next.code} {note.next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
