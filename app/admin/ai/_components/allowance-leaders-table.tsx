import Link from "next/link";
import type { AllowanceLeader } from "@/lib/admin/ai/load-allowance-leaders";
import { DataTable } from "@/app/_components/ui/data-table";
import { formatCount, formatShare } from "@/app/admin/analytics/_components/format-figures";

export function AllowanceLeadersTable({ leaders }: { leaders: AllowanceLeader[] }) {
  if (!leaders.length) return <p className="mt-3 text-sm text-slate-600">No student has used the tutor today.</p>;
  return (
    <DataTable
      caption="Students nearest their tutor allowance today"
      headers={["Student", "Tokens today", "Allowance", "Used"]}
      numeric={[1, 2, 3]}
      columnClasses={{ 0: "break-all" }}
      rowKeys={leaders.map((l) => l.userId)}
      rows={leaders.map((l) => [
        <Link key="who" href={`/admin/users/${l.userId}`} className="text-brand-700 hover:underline">
          {l.email}
        </Link>,
        formatCount(l.tokensUsed),
        formatCount(l.allowance),
        formatShare(l.share),
      ])}
    />
  );
}
