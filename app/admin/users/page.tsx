import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { listUsers, listUsersQuery } from "@/lib/admin/users/list-users";
import { listTeacherRequests } from "@/lib/admin/users/list-teacher-requests";
import { ActionButton } from "@/app/_components/ui/action-button";
import { decideTeacherRequestAction } from "./actions";
import { usersPageParams } from "@/lib/admin/users/users-page-params";
import { StatusButton } from "./_components/status-button";
import { UserFilters } from "./_components/user-filters";
import { formatDate, formatOptionalDateTime } from "./_components/format-date";
import { DataTable } from "@/app/_components/ui/data-table";
import { CursorPager } from "@/app/_components/ui/cursor-pager";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsersPage({ searchParams }: PageProps<"/admin/users">) {
  const admin = await requireRolePage(["ADMIN"], "/admin/users");
  const raw = await searchParams;
  // The filter form submits every field; an empty one means "any".
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  const parsed = listUsersQuery.safeParse(params);
  const query = parsed.success ? parsed.data : listUsersQuery.parse({});
  const [{ items, nextCursor, prevCursor }, catalog, teacherRequests] = await Promise.all([listUsers(query), listCatalog(), listTeacherRequests()]);
  const courses = catalog.flatMap((g) => g.subjects.flatMap((s) => s.courses.map((c) => ({ slug: c.slug, name: c.name }))));
  const paged = Boolean(query.cursor || query.before);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      {teacherRequests.length > 0 && (
        <section aria-labelledby="teacher-requests" className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h2 id="teacher-requests" className="text-lg font-semibold">
            Teacher access requests ({teacherRequests.length})
          </h2>
          <p className="mt-1 text-sm text-slate-700">Approving makes the person a teacher (they sign in again) and emails them. Check the school first.</p>
          <DataTable
            caption="Teacher access requests"
            headers={["Email", "Name", "School", "Asked", { label: "Decision", hidden: true }]}
            rowKeys={teacherRequests.map((r) => r.id)}
            columnClasses={{ 0: "break-all" }}
            rows={teacherRequests.map((r) => [
              <>
                {r.email}
                {!r.emailVerified && <span className="block text-xs text-amber-800">email not verified</span>}
              </>,
              r.name,
              r.school,
              formatDate(r.requestedAt),
              <div key="decide" className="flex flex-wrap gap-2">
                <ActionButton action={decideTeacherRequestAction} values={{ userId: r.id, decision: "approve" }} variant="primary" label={`Approve ${r.email}`}>
                  Approve
                </ActionButton>
                <ActionButton action={decideTeacherRequestAction} values={{ userId: r.id, decision: "decline" }} label={`Decline ${r.email}`}>
                  Decline
                </ActionButton>
              </div>,
            ])}
          />
        </section>
      )}
      <UserFilters query={query} courses={courses} />
      {!parsed.success && <p className="mt-2 text-sm text-red-700">Some filters were invalid and were ignored.</p>}
      <DataTable
        caption="Users"
        className="mt-6"
        headers={["Email", "Name", "Role", "Status", "Joined", "Last active", { label: "Actions", hidden: true }]}
        rowKeys={items.map((u) => u.id)}
        rows={items.map((u) => [
          <Link key="email" href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
            {u.email}
          </Link>,
          u.name,
          u.role,
          u.status,
          formatDate(u.createdAt),
          formatOptionalDateTime(u.lastActiveAt),
          u.id !== admin.id && u.status !== "DELETED" && <StatusButton key="status" userId={u.id} email={u.email} status={u.status} />,
        ])}
      />
      {items.length === 0 && <p className="mt-4 text-slate-700">No users match these filters.</p>}
      <CursorPager
        links={[
          paged && { text: "First page", href: { pathname: "/admin/users", query: usersPageParams(query, null) } },
          prevCursor && { text: "Previous page", href: { pathname: "/admin/users", query: usersPageParams(query, { before: prevCursor }) } },
          nextCursor && { text: "Next page", href: { pathname: "/admin/users", query: usersPageParams(query, { cursor: nextCursor }) } },
        ]}
      />
    </>
  );
}
