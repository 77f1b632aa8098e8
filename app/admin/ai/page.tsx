import type { Metadata } from "next";
import { requireRolePage } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { listAiErrors, listAiErrorsQuery } from "@/lib/admin/ai/list-ai-errors";
import { loadAiUsageDays } from "@/lib/admin/ai/load-ai-usage-days";
import { loadAllowanceLeaders } from "@/lib/admin/ai/load-allowance-leaders";
import { CursorPager } from "@/app/_components/ui/cursor-pager";
import { formatCount } from "@/app/admin/analytics/_components/format-figures";
import { AiErrorsTable } from "./_components/ai-errors-table";
import { AiUsageDaysTable } from "./_components/ai-usage-days-table";
import { AllowanceLeadersTable } from "./_components/allowance-leaders-table";

export const metadata: Metadata = { title: "AI usage · Admin" };

export default async function AdminAiPage({ searchParams }: PageProps<"/admin/ai">) {
  await requireRolePage(["ADMIN"], "/admin/ai");
  const { cursor } = await searchParams;
  const parsed = listAiErrorsQuery.safeParse({ cursor: Array.isArray(cursor) ? cursor[0] : cursor });
  const query = parsed.success ? parsed.data : listAiErrorsQuery.parse({});
  const now = new Date();
  const [days, leaders, errors] = await Promise.all([loadAiUsageDays({ now }), loadAllowanceLeaders({ now }), listAiErrors(query, { now })]);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">AI usage</h1>
      <p className="mt-2 text-slate-700">
        Every model call of the tutor and of written-answer feedback, per UTC day over the last 14 days. Costs are an estimate from the configured prices per
        million tokens, not the provider&apos;s bill. Figures can be a few seconds behind.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Per day and feature</h2>
      <AiUsageDaysTable days={days} />

      <h2 className="mt-8 text-xl font-semibold">Nearest their tutor allowance today</h2>
      <p className="mt-2 text-sm text-slate-600">
        Tutor tokens (in + out) recorded since midnight UTC, against the daily allowance of {formatCount(env.TUTOR_DAILY_TOKENS_PER_STUDENT)}. A request still
        streaming counts once it ends.
      </p>
      <AllowanceLeadersTable leaders={leaders} />

      <h2 className="mt-8 text-xl font-semibold">Recent errors</h2>
      {!parsed.success && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          That page link is no longer valid. Showing the newest errors instead.
        </p>
      )}
      <AiErrorsTable errors={errors.items} />
      <CursorPager
        label="Error pages"
        links={[
          query.cursor && { text: "Newest errors", href: { pathname: "/admin/ai" } },
          errors.nextCursor && { text: "Older errors", href: { pathname: "/admin/ai", query: { cursor: errors.nextCursor } } },
        ]}
      />
    </>
  );
}
