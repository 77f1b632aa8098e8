import Link from "next/link";
import type { TopicNode } from "@/lib/catalog/get-course";
import { MasteryBadge } from "./course-mastery";

export function TopicTree({ topics, courseSlug, depth = 0 }: { topics: TopicNode[]; courseSlug: string; depth?: number }) {
  if (!topics.length) return null;
  return (
    <ul className={depth === 0 ? "mt-4 space-y-4" : "mt-2 space-y-1 border-l border-slate-200 pl-4"} aria-label={depth === 0 ? "Syllabus topics" : undefined}>
      {topics.map((t) => (
        <li key={t.id}>
          <div className={depth === 0 ? "flex items-baseline gap-2 font-semibold" : "flex items-baseline gap-2 text-sm"}>
            <span className="font-mono text-xs text-slate-500">{t.code}</span>
            {t.hasNote ? (
              <Link href={`/courses/${courseSlug}/topics/${encodeURIComponent(t.code)}`} className="text-brand-700 underline">
                {t.title}
              </Link>
            ) : (
              <span>{t.title}</span>
            )}
            {t.hlOnly && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-800">HL</span>}
            {t.questionCount > 0 && (
              <span className="text-xs font-normal text-slate-500">
                {t.questionCount} {t.questionCount === 1 ? "question" : "questions"}
              </span>
            )}
            <MasteryBadge topicId={t.id} />
          </div>
          <TopicTree topics={t.children} courseSlug={courseSlug} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}
