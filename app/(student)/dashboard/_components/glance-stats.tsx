import Link from "next/link";
import type { StudentDashboard } from "@/lib/dashboard/dashboard-types";
import { cardClass } from "@/app/_components/ui/card";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const sessionName = (exam: NonNullable<StudentDashboard["exam"]>) => `${exam.month === "MAY" ? "May" : "November"} ${exam.year}`;

function Stat({ label, value, children }: { label: string; value: string; children?: React.ReactNode }) {
  return (
    <div className={cardClass("p-4")}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tracking-tight">{value}</dd>
      {children && <dd className="mt-1 text-sm text-slate-700">{children}</dd>}
    </div>
  );
}

/** Exam countdown, study streak and today's cards (due and new): the three numbers a student checks first. */
export function GlanceStats({ dashboard }: { dashboard: StudentDashboard }) {
  const { exam, streak, cardsDueToday, newCardsToday } = dashboard;
  // New cards count too: a student with nothing due but twenty cards to start has work today.
  const cardsToReview = cardsDueToday + newCardsToday;
  return (
    <section aria-labelledby="at-a-glance" className="mt-6">
      <h2 id="at-a-glance" className="sr-only">
        At a glance
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Exams" value={!exam ? "No date" : exam.daysLeft > 0 ? plural(exam.daysLeft, "day", "days") : exam.daysLeft === 0 ? "Today" : "Started"}>
          {!exam ? (
            <Link href="/onboarding" className="font-medium text-brand-700 hover:underline">
              Set your exam session
            </Link>
          ) : (
            `${sessionName(exam)} session, from 1 ${exam.month === "MAY" ? "May" : "November"}`
          )}
        </Stat>
        <Stat label="Study streak" value={plural(streak.days, "day", "days")}>
          {streak.activeToday
            ? "You have studied today."
            : streak.days
              ? "Answer a question or review a card today to keep it."
              : "Answer a question or review a card to start one."}
        </Stat>
        <Stat label="Cards to review" value={String(cardsToReview)}>
          {cardsToReview > 0 && (
            <span className="block">
              {cardsDueToday} due today · {newCardsToday} new to start
            </span>
          )}
          <Link href="/flashcards" className="font-medium text-brand-700 hover:underline">
            {cardsToReview ? "Review flashcards and mistakes" : "Open flashcards"}
          </Link>
        </Stat>
      </dl>
    </section>
  );
}
