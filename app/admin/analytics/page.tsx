import type { Metadata } from "next";
import { requireRolePage } from "@/lib/auth/current-user";
import { parseAnalyticsPageQuery } from "@/lib/analytics/analytics-page-query";
import { getPlatformAnalytics } from "@/lib/analytics/platform-analytics";
import { ActiveStudents } from "./_components/active-students";
import { AnalyticsListView } from "./_components/analytics-list-view";
import { AnalyticsTabLinks } from "./_components/analytics-tab-links";
import { CoverageGaps } from "./_components/coverage-gaps";
import { DailyActivity } from "./_components/daily-activity";
import { LowSuccessQuestions } from "./_components/low-success-questions";
import { MostPractised } from "./_components/most-practised";
import { StatGrid } from "@/app/_components/ui/stat-grid";
import { formatCount, formatShare } from "./_components/format-figures";
import { LinkTabs } from "@/app/_components/ui/link-tabs";

export const metadata: Metadata = { title: "Analytics · Admin" };

const WINDOWS = [7, 30, 90, 365] as const;

export default async function AdminAnalyticsPage({ searchParams }: PageProps<"/admin/analytics">) {
  await requireRolePage(["ADMIN"], "/admin/analytics");
  const { query, invalid } = parseAnalyticsPageQuery(await searchParams);
  const { days, tab, list, page } = query;
  const analytics = await getPlatformAnalytics({ days });
  const refreshed = analytics.lastRefreshAt ? new Date(analytics.lastRefreshAt).toISOString().slice(0, 16).replace("T", " ") : null;
  const here = list ? { list } : { tab };

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Analytics</h1>
      <p className="mt-2 text-sm text-slate-600">
        The last {days} {days === 1 ? "day" : "days"} to {analytics.today} (UTC).{" "}
        {refreshed ? `Figures as of ${refreshed} UTC; they are recomputed every few minutes.` : "The figures have not been refreshed by the stats job yet."}
      </p>
      {invalid.length > 0 && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Ignored an invalid {invalid.join(", ")}
          {invalid.includes("days") ? ": showing the last 30 days" : ""}.
        </p>
      )}
      <LinkTabs
        label="Time window"
        look="pills"
        className="mt-4"
        tabs={WINDOWS.map((w) => ({
          key: String(w),
          label: w === 365 ? "1 year" : `${w} days`,
          href: { pathname: "/admin/analytics", query: { days: w, ...here } },
          current: w === days,
        }))}
      />
      <AnalyticsTabLinks current={tab} days={days} onList={Boolean(list)} />

      {list ? (
        <AnalyticsListView list={list} page={page} analytics={analytics} />
      ) : tab === "activity" ? (
        <>
          <h2 className="sr-only">Totals for the last {days} days</h2>
          <StatGrid
            stats={[
              { label: "Sign-ups", value: formatCount(analytics.totals.signups) },
              { label: "Attempts", value: formatCount(analytics.totals.attempts) },
              { label: "Marks scored", value: formatShare(analytics.totals.marksShare) },
              { label: "Active last 30 days", value: formatCount(analytics.active.last30Days) },
            ]}
          />
          <ActiveStudents analytics={analytics} />
          <DailyActivity analytics={analytics} />
        </>
      ) : tab === "questions" ? (
        <>
          <MostPractised analytics={analytics} />
          <LowSuccessQuestions analytics={analytics} />
        </>
      ) : (
        <CoverageGaps analytics={analytics} />
      )}
    </>
  );
}
