import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRolePage } from "@/lib/auth/current-user";
import { getClassAnalytics } from "@/lib/class-analytics/get-class-analytics";
import { INACTIVE_AFTER_DAYS } from "@/lib/class-analytics/summarize-class-analytics";
import { lastSeen } from "@/lib/classes/last-seen";
import { NotFoundError } from "@/lib/errors";
import { ActionButton } from "@/app/_components/ui/action-button";
import { cardClass } from "@/app/_components/ui/card";
import { DataTable } from "@/app/_components/ui/data-table";
import { requestClassReportAction } from "./actions";
import { ClassHeatMap } from "./_components/class-heat-map";
import { GradeDistribution } from "./_components/grade-distribution";

export const metadata: Metadata = { title: "Class analytics" };

const percent = (share: number) => `${Math.round(share * 100)}%`;
const kindLabel = { QUESTIONS: "Questions", MOCK: "Mock paper", FLASHCARDS: "Flashcards" } as const;
const bandLabels = ["0–19%", "20–39%", "40–59%", "60–79%", "80–100%"];
const day = (iso: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

export default async function ClassAnalyticsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}/analytics`);
  const analytics = await getClassAnalytics(user, classId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const inactive = analytics.members.filter((m) => m.inactive);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Class analytics</h1>
      <p className="mt-1 text-slate-700">
        {analytics.className} · {analytics.courseName} · {analytics.members.length} students
      </p>
      {analytics.stale && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          These figures are from {day(analytics.generatedAt)}: the latest could not be loaded just now.
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <a
          href={`/teach/classes/${analytics.classId}/analytics.csv`}
          download
          className="rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
        >
          Download CSV
        </a>
        <ActionButton action={requestClassReportAction} values={{ classId: analytics.classId }} variant="secondary">
          Class progress report (PDF)
        </ActionButton>
      </div>

      <section aria-labelledby="heat-heading" className="mt-8">
        <h2 id="heat-heading" className="text-xl font-semibold">
          Mastery by topic
        </h2>
        <p className="mt-1 text-sm text-slate-700">Percent mastery per student and topic; a dash means not practised yet. Hover a code for its topic.</p>
        <ClassHeatMap analytics={analytics} />
      </section>

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="weak-heading" className={cardClass("p-5")}>
          <h2 id="weak-heading" className="text-xl font-semibold">
            Weakest topics
          </h2>
          {analytics.weakestTopics.length === 0 ? (
            <p className="mt-2 text-slate-700">No topic has been practised yet.</p>
          ) : (
            <ol className="mt-2 space-y-1 text-sm">
              {analytics.weakestTopics.map((t) => (
                <li key={t.code}>
                  <span className="font-semibold">{t.code}</span> {t.title}: {percent(t.meanMastery)}{" "}
                  <span className="text-slate-600">
                    ({t.seenBy} of {analytics.members.length} students practised it)
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="grades-heading" className={cardClass("p-5")}>
          <h2 id="grades-heading" className="text-xl font-semibold">
            Predicted grades
          </h2>
          <GradeDistribution grades={analytics.grades} notEnoughData={analytics.notEnoughData} />
        </section>
      </div>

      <section aria-labelledby="assignments-heading" className="mt-8">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        {analytics.assignments.length === 0 ? (
          <p className="mt-2 text-slate-700">No work set yet.</p>
        ) : (
          <DataTable
            caption="Completion and marks per assignment"
            headers={["Assignment", "Due", "Submitted", "Late", "In progress", "Not started", ...bandLabels.map((b) => `Marks ${b}`)]}
            numeric={[2, 3, 4, 5, 6, 7, 8, 9, 10]}
            rowKeys={analytics.assignments.map((a) => a.id)}
            rows={analytics.assignments.map((a) => [
              <span key="title">
                {a.title} <span className="text-slate-600">· {kindLabel[a.kind]}</span>
              </span>,
              day(a.dueAt),
              a.submitted,
              a.late,
              a.inProgress,
              a.notStarted,
              ...a.markBands,
            ])}
          />
        )}
      </section>

      <section aria-labelledby="inactive-heading" className="mt-8">
        <h2 id="inactive-heading" className="text-xl font-semibold">
          Inactive for {INACTIVE_AFTER_DAYS} days or more ({inactive.length})
        </h2>
        {inactive.length === 0 ? (
          <p className="mt-2 text-slate-700">Everyone has been active this week.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {inactive.map((m) => (
              <li key={m.id}>
                {m.name ?? m.email} <span className="text-slate-600">· last active {lastSeen(m.lastActiveAt ? new Date(m.lastActiveAt) : null)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
