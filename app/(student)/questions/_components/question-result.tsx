import Link from "next/link";
import type { Route } from "next";
import { RichText } from "@/app/_components/rich-text";
import type { QuestionListItem } from "@/lib/questions/list-questions";
import { BookmarkButton } from "./bookmark-button";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge } from "@/app/_components/ui/badge";
import { cardClass } from "@/app/_components/ui/card";
import { printedLabel } from "@/lib/questions/printed-label";
import { TutorLauncher } from "@/app/_components/tutor/tutor-launcher";
import { TUTOR_MESSAGE_MAX_CHARS } from "@/lib/tutor/tutor-input";

const typeLabel = { MCQ: "Multiple choice", NUMERIC: "Numeric", WRITTEN: "Written" } as const;

function Progress({ item }: { item: QuestionListItem }) {
  if (item.lastScore) {
    const full = item.lastScore.marksAwarded >= item.lastScore.maxMarks;
    return (
      <Badge tone={full ? "success" : "warning"}>
        Last score {item.lastScore.marksAwarded}/{item.lastScore.maxMarks}
      </Badge>
    );
  }
  if (item.attempted) return <Badge>Awaiting marking</Badge>;
  return null;
}

/**
 * One question in the bank: what it is about, how hard, and what to do with it. `tutorEnabled`: the
 * tutor exists (tutorAvailable()); it gives hints, or explains the marks once the student has a score.
 */
export function QuestionResult({ item, courseSlug, tutorEnabled = false }: { item: QuestionListItem; courseSlug: string; tutorEnabled?: boolean }) {
  const headingId = `question-${item.id}`;
  return (
    <li className={cardClass("p-4 sm:p-5")}>
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={headingId} className="text-sm font-semibold text-brand-900">
            {item.topic.code} {item.topic.title}
          </h3>
          <span className="flex gap-2">
            {item.partLabel && <Badge>Part {printedLabel(item.partLabel)}</Badge>}
            <Progress item={item} />
          </span>
        </div>
        <RichText source={item.stemPreview} className="mt-2 text-slate-800" />
        <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <div>
            <dt className="inline">Difficulty </dt>
            <dd className="inline font-medium text-slate-800">{item.difficulty}/5</dd>
          </div>
          <div>
            <dt className="inline">Marks </dt>
            <dd className="inline font-medium text-slate-800">{item.marks}</dd>
          </div>
          <div>
            <dt className="inline">Paper </dt>
            <dd className="inline font-medium text-slate-800">{item.paper}</dd>
          </div>
          <div>
            <dt className="sr-only">Type</dt>
            <dd className="inline">{typeLabel[item.type]}</dd>
          </div>
          <div>
            <dt className="sr-only">Command term</dt>
            <dd className="inline">{item.commandTerm}</dd>
          </div>
          <div>
            <dt className="sr-only">Calculator</dt>
            <dd className="inline">{item.calculator ? "Calculator" : "No calculator"}</dd>
          </div>
        </dl>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {/* Twenty results would mean forty prefetched pages per screen of the bank on a phone's connection: these load on tap. */}
          <Link href={`/practice/new?questionIds=${item.id}` as Route} prefetch={false} className={buttonClass({ size: "sm" })}>
            Practise<span className="sr-only"> this question</span>
          </Link>
          <BookmarkButton questionId={item.id} initial={item.bookmarked} />
          {item.topic.hasNote && (
            <Link
              href={`/courses/${courseSlug}/topics/${encodeURIComponent(item.topic.code)}` as Route}
              prefetch={false}
              className="text-sm font-medium text-brand-700 underline"
            >
              Read the note
              <span className="sr-only">
                {" "}
                on {item.topic.code} {item.topic.title}
              </span>
            </Link>
          )}
        </div>
        {tutorEnabled && (
          <TutorLauncher
            subject={{ kind: "question", id: item.id }}
            markedKey={item.lastScore ? "marked" : ""}
            maxChars={TUTOR_MESSAGE_MAX_CHARS}
            size="sm"
            className="mt-3"
          />
        )}
      </article>
    </li>
  );
}
