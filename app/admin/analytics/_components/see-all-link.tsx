import Link from "next/link";
import type { AnalyticsList } from "@/lib/analytics/analytics-page-query";

/** The way from a list's first rows on its tab to all of them, a page at a time. */
export function SeeAllLink({ list, days, children }: { list: AnalyticsList; days: number; children: React.ReactNode }) {
  return (
    <p className="mt-2 text-sm">
      <Link href={{ pathname: "/admin/analytics", query: { days, list } }} className="font-medium text-brand-700 hover:underline">
        {children} →
      </Link>
    </p>
  );
}
