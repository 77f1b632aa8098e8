import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { requireRolePage } from "@/lib/auth/current-user";
import { listAuditLog, listAuditLogQuery } from "@/lib/audit/list-audit-log";
import { auditEntityLabel, nameAuditEntities } from "@/lib/audit/name-audit-entities";
import { formatDateTime } from "../users/_components/format-date";
import { AuditDiff } from "./_components/audit-diff";
import { AuditFilters } from "./_components/audit-filters";
import { DataTable } from "@/app/_components/ui/data-table";
import { CursorPager } from "@/app/_components/ui/cursor-pager";

export const metadata: Metadata = { title: "Audit log · Admin" };

const FILTER_KEYS = ["actor", "action", "entityType", "entityId", "from", "to"] as const;
const invalidFilterMessage = (issue?: { path: PropertyKey[]; message: string }) =>
  issue ? `${String(issue.path[0] ?? "Filters")}: ${issue.message}.` : "Some filters were invalid.";

/** The entity by name with a link to it; its id (for filtering) stays in the link's title and for deleted ones. */
function AuditEntity({ label, entityType, entityId }: { label?: { name: string; href: string }; entityType: string; entityId: string | null }) {
  return (
    <>
      <span className="text-slate-600">{entityType}</span>{" "}
      {label ? (
        <Link href={label.href as Route} title={entityId ?? undefined} className="text-brand-700 hover:underline">
          {label.name}
        </Link>
      ) : (
        <span className="font-mono text-xs">{entityId ?? ""}</span>
      )}
    </>
  );
}

export default async function AdminAuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requireRolePage(["ADMIN"], "/admin/audit");
  const raw = await searchParams;
  // The filter form submits every field; an empty one means "any".
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  const parsed = listAuditLogQuery.safeParse(params);
  const query = parsed.success ? parsed.data : listAuditLogQuery.parse({});
  const { items, nextCursor } = await listAuditLog(query);
  const labels = await nameAuditEntities(items);
  const filters = Object.fromEntries(FILTER_KEYS.flatMap((k) => (query[k] ? [[k, query[k]]] : []))) as Record<(typeof FILTER_KEYS)[number], string>;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <p className="mt-2 text-slate-700">Every admin change: who made it, when, and what it changed. Newest first; times in UTC.</p>
      <AuditFilters values={parsed.success ? filters : params} />
      {!parsed.success && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {invalidFilterMessage(parsed.error.issues[0])} Showing the whole log instead.
        </p>
      )}
      <DataTable
        caption="Audit log, newest first"
        className="mt-6"
        headers={["When", "Who", "Action", "Entity", "Change"]}
        alignTop
        columnClasses={{ 0: "whitespace-nowrap", 2: "font-mono text-xs" }}
        rowKeys={items.map((e) => e.id)}
        rows={items.map((e) => [
          formatDateTime(e.createdAt),
          e.actor ? (
            <Link key="who" href={`/admin/users/${e.actor.id}`} className="text-brand-700 hover:underline">
              {e.actor.email}
            </Link>
          ) : (
            <span key="who" className="text-slate-600">
              System
            </span>
          ),
          e.action,
          <AuditEntity key="entity" label={auditEntityLabel(labels, e)} entityType={e.entityType} entityId={e.entityId} />,
          <AuditDiff key="change" before={e.before} after={e.after} />,
        ])}
      />
      {items.length === 0 && <p className="mt-4 text-slate-700">No entries match these filters.</p>}
      <CursorPager
        links={[
          query.cursor && { text: "Newest entries", href: { pathname: "/admin/audit", query: filters } },
          nextCursor && { text: "Older entries", href: { pathname: "/admin/audit", query: { ...filters, cursor: nextCursor } } },
        ]}
      />
    </>
  );
}
