import { LinkTabs } from "@/app/_components/ui/link-tabs";
import type { AnalyticsTab } from "@/lib/analytics/analytics-page-query";

const TAB_LABELS: Record<AnalyticsTab, string> = { activity: "Activity", questions: "Questions", coverage: "Coverage" };

/** The page's sections; on a whole list (onList) the section is current but the page is not its link. */
export function AnalyticsTabLinks({ current, days, onList }: { current: AnalyticsTab; days: number; onList: boolean }) {
  return (
    <LinkTabs
      label="Analytics sections"
      className="mt-6"
      ariaCurrent={() => (onList ? "true" : "page")}
      tabs={(Object.keys(TAB_LABELS) as AnalyticsTab[]).map((tab) => ({
        key: tab,
        label: TAB_LABELS[tab],
        href: { pathname: "/admin/analytics", query: { days, tab } },
        current: tab === current,
      }))}
    />
  );
}
