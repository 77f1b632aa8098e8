import Link from "next/link";
import { analyticsListTab, type AnalyticsList } from "@/lib/analytics/analytics-page-query";
import {
  listCourseActivity,
  listCoverageGapTopics,
  listLowSuccessQuestions,
  listTopicActivity,
  pageOfRows,
  type AnalyticsRowsPage,
} from "@/lib/analytics/list-analytics-rows";
import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { PageLinks } from "@/app/_components/ui/page-links";
import {
  coursesList,
  dailyList,
  gapCoursesList,
  gapTopicsList,
  ListTable,
  lowSuccessList,
  monthsList,
  topicsList,
  weeksList,
  type ListSpec,
} from "./analytics-lists";

function View<T>({ spec, rows, days }: { spec: ListSpec<T>; rows: AnalyticsRowsPage<T>; days: number }) {
  return (
    <section aria-labelledby="analytics-list" className="mt-6">
      <p className="text-sm">
        <Link href={{ pathname: "/admin/analytics", query: { days, tab: analyticsListTab[spec.list] } }} className="text-brand-700 hover:underline">
          ← Back to the overview
        </Link>
      </p>
      <h2 id="analytics-list" className="mt-2 text-xl font-semibold">
        {spec.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {rows.total} {rows.total === 1 ? "row" : "rows"}, in the overview&apos;s order.
      </p>
      {rows.items.length > 0 ? <ListTable spec={spec} items={rows.items} /> : <p className="mt-4 text-slate-700">Nothing to list yet.</p>}
      <PageLinks
        pathname="/admin/analytics"
        query={{ days: String(days), list: spec.list }}
        page={rows.page}
        pageCount={rows.pageCount}
        label={`Pages of ${spec.title.toLowerCase()}`}
      />
    </section>
  );
}

/** One whole analytics list, a page at a time: from the cached payload when it holds the list whole, from the stats views when the payload keeps only its head. */
export async function AnalyticsListView({ list, page, analytics }: { list: AnalyticsList; page: number; analytics: PlatformAnalytics }) {
  const days = analytics.days;
  switch (list) {
    case "weeks":
      return <View spec={weeksList} rows={pageOfRows(analytics.active.weekly.toReversed(), page)} days={days} />;
    case "months":
      return <View spec={monthsList} rows={pageOfRows(analytics.active.monthly.toReversed(), page)} days={days} />;
    case "daily":
      return <View spec={dailyList} rows={pageOfRows(analytics.daily.toReversed(), page)} days={days} />;
    case "gap-courses":
      return <View spec={gapCoursesList} rows={pageOfRows(analytics.coverageGaps.byCourse, page)} days={days} />;
    case "courses":
      return <View spec={coursesList} rows={await listCourseActivity(page)} days={days} />;
    case "topics":
      return <View spec={topicsList} rows={await listTopicActivity(page)} days={days} />;
    case "low-success":
      return <View spec={lowSuccessList} rows={await listLowSuccessQuestions(page)} days={days} />;
    case "gap-topics":
      return <View spec={gapTopicsList} rows={await listCoverageGapTopics(page)} days={days} />;
  }
}
