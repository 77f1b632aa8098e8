import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { listUsers, listUsersQuery } from "@/lib/admin/users/list-users";
import { usersPageParams } from "@/lib/admin/users/users-page-params";
import { StatusButton } from "./_components/status-button";
import { UserFilters } from "./_components/user-filters";
import { formatDate, formatOptionalDateTime } from "./_components/format-date";

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
  const [{ items, nextCursor, prevCursor }, catalog] = await Promise.all([listUsers(query), listCatalog()]);
  const courses = catalog.flatMap((g) => g.subjects.flatMap((s) => s.courses.map((c) => ({ slug: c.slug, name: c.name }))));
  const paged = Boolean(query.cursor || query.before);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      <UserFilters query={query} courses={courses} />
      {!parsed.success && <p className="mt-2 text-sm text-red-700">Some filters were invalid and were ignored.</p>}
      <table className="mt-6 w-full bg-white text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="p-2 font-medium">Email</th>
            <th className="p-2 font-medium">Name</th>
            <th className="p-2 font-medium">Role</th>
            <th className="p-2 font-medium">Status</th>
            <th className="p-2 font-medium">Joined</th>
            <th className="p-2 font-medium">Last active</th>
            <th className="p-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((u) => (
            <tr key={u.id} className="border-b border-slate-100">
              <td className="p-2">
                <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
                  {u.email}
                </Link>
              </td>
              <td className="p-2">{u.name}</td>
              <td className="p-2">{u.role}</td>
              <td className="p-2">{u.status}</td>
              <td className="p-2">{formatDate(u.createdAt)}</td>
              <td className="p-2">{formatOptionalDateTime(u.lastActiveAt)}</td>
              <td className="p-2">{u.id !== admin.id && u.status !== "DELETED" && <StatusButton userId={u.id} email={u.email} status={u.status} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="mt-4 text-slate-700">No users match these filters.</p>}
      <nav aria-label="Pages" className="mt-4 flex gap-4">
        {paged && (
          <Link href={{ pathname: "/admin/users", query: usersPageParams(query, null) }} className="text-brand-700 hover:underline">
            First page
          </Link>
        )}
        {prevCursor && (
          <Link href={{ pathname: "/admin/users", query: usersPageParams(query, { before: prevCursor }) }} className="text-brand-700 hover:underline">
            Previous page
          </Link>
        )}
        {nextCursor && (
          <Link href={{ pathname: "/admin/users", query: usersPageParams(query, { cursor: nextCursor }) }} className="text-brand-700 hover:underline">
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
