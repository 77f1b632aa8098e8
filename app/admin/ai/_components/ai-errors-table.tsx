import Link from "next/link";
import type { AiErrorEntry } from "@/lib/admin/ai/list-ai-errors";
import { DataTable } from "@/app/_components/ui/data-table";
import { formatDateTime } from "@/app/admin/users/_components/format-date";
import { formatLatency } from "./ai-usage-figures";

export function AiErrorsTable({ errors }: { errors: AiErrorEntry[] }) {
  if (!errors.length) return <p className="mt-3 text-sm text-slate-600">No failed model calls in the last 14 days.</p>;
  return (
    <DataTable
      caption="Failed model calls, newest first"
      headers={["When", "Feature", "Model", "Outcome", "Latency", "Student"]}
      numeric={[4]}
      columnClasses={{ 0: "whitespace-nowrap", 3: "font-mono text-xs", 5: "break-all" }}
      rowKeys={errors.map((e) => e.id)}
      rows={errors.map((e) => [
        formatDateTime(e.createdAt),
        e.feature,
        e.model,
        e.outcome,
        formatLatency(e.latencyMs),
        e.user ? (
          <Link key="who" href={`/admin/users/${e.user.id}`} className="text-brand-700 hover:underline">
            {e.user.email}
          </Link>
        ) : (
          <span key="who" className="text-slate-600">
            –
          </span>
        ),
      ])}
    />
  );
}
