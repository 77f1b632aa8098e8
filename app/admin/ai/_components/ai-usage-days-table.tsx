import type { AiUsageDay } from "@/lib/admin/ai/load-ai-usage-days";
import { DataTable } from "@/app/_components/ui/data-table";
import { formatCount, formatDay } from "@/app/admin/analytics/_components/format-figures";
import { formatCost, formatLatency } from "./ai-usage-figures";

export function AiUsageDaysTable({ days }: { days: AiUsageDay[] }) {
  if (!days.length) return <p className="mt-3 text-sm text-slate-600">No model calls in the last 14 days.</p>;
  return (
    <DataTable
      caption="Model calls per day and feature"
      headers={["Day (UTC)", "Feature", "Requests", "Tokens in", "Tokens out", "Errors", "p50", "p95", "Cost (estimate)"]}
      numeric={[2, 3, 4, 5, 6, 7, 8]}
      columnClasses={{ 0: "whitespace-nowrap" }}
      rowKeys={days.map((d) => `${d.day}:${d.feature}`)}
      rows={days.map((d) => [
        formatDay(d.day),
        d.feature,
        formatCount(d.requests),
        formatCount(d.inputTokens),
        formatCount(d.outputTokens),
        formatCount(d.errors),
        formatLatency(d.p50Ms),
        formatLatency(d.p95Ms),
        formatCost(d.estimatedCost),
      ])}
    />
  );
}
