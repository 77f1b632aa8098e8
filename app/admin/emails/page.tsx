import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listOutbox, listOutboxQuery } from "@/lib/email/list-outbox";
import { mailTransportConfigured } from "@/lib/email/mail-transport";
import { formatDateTime, formatOptionalDateTime } from "@/app/admin/users/_components/format-date";
import { StatusBadge } from "./_components/status-badge";
import { buttonClass } from "@/app/_components/ui/button";
import { DataTable } from "@/app/_components/ui/data-table";
import { CursorPager } from "@/app/_components/ui/cursor-pager";

export const metadata: Metadata = { title: "Email outbox · Admin" };

export default async function AdminEmailsPage({ searchParams }: PageProps<"/admin/emails">) {
  await requireRolePage(["ADMIN"], "/admin/emails");
  const raw = await searchParams;
  // The search form submits every field; an empty one means "any".
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  const parsed = listOutboxQuery.safeParse(params);
  const query = parsed.success ? parsed.data : listOutboxQuery.parse({});
  const transport = mailTransportConfigured();
  const { items, nextCursor } = await listOutbox(query, transport);
  const filters = { ...(query.q ? { q: query.q } : {}), ...(query.status ? { status: query.status } : {}) };

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Email outbox</h1>
      <p className="mt-2 text-sm text-slate-700">
        {transport
          ? "Every email the app has queued, newest first, and whether it was sent."
          : "No mail transport is configured (SMTP_URL is unset), so no email leaves this server. Open an email to read it, for example to give a new user their verification link."}
      </p>
      <form className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Search emails">
        <div>
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">
            Recipient
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder="Part of an email address"
            className="mt-1 w-64 max-w-full rounded-md border border-slate-300 px-3 py-1.5"
          />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            Status
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">Any</option>
            <option value="PENDING">{transport ? "Waiting" : "Not sent"}</option>
            <option value="SENT">Sent</option>
            <option value="FAILED">Failed</option>
          </select>
        </div>
        <button type="submit" className={buttonClass({ size: "sm" })}>
          Search
        </button>
      </form>
      {!parsed.success && <p className="mt-2 text-sm text-red-700">Some filters were invalid and were ignored.</p>}
      <DataTable
        caption="Outbox emails, newest first"
        className="mt-6"
        headers={["To", "Email", "Status", "Created", "Sent"]}
        alignTop
        columnClasses={{ 0: "min-w-40 break-all", 3: "whitespace-nowrap", 4: "whitespace-nowrap" }}
        rowKeys={items.map((e) => e.id)}
        rows={items.map((e) => [
          e.userId ? (
            <Link key="to" href={`/admin/users/${e.userId}`} className="text-brand-700 hover:underline">
              {e.to}
            </Link>
          ) : (
            e.to
          ),
          <>
            <Link href={`/admin/emails/${e.id}`} className="font-medium text-brand-700 hover:underline">
              {e.subject}
            </Link>
            <span className="block text-xs text-slate-600">{e.template}</span>
          </>,
          <StatusBadge key="status" status={e.status} />,
          formatDateTime(e.createdAt),
          formatOptionalDateTime(e.sentAt, "–"),
        ])}
      />
      {items.length === 0 && (
        <p className="mt-4 text-slate-700">{query.q || query.status ? "No emails match this search." : "No emails have been queued yet."}</p>
      )}
      <CursorPager
        links={[
          query.cursor && { text: "Newest emails", href: { pathname: "/admin/emails", query: filters } },
          nextCursor && { text: "Older emails", href: { pathname: "/admin/emails", query: { ...filters, cursor: nextCursor } } },
        ]}
      />
    </>
  );
}
