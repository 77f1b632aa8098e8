import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listUsers, listUsersQuery } from "@/lib/admin/users/list-users";
import { StatusButton } from "./_components/status-button";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsersPage({ searchParams }: PageProps<"/admin/users">) {
  const admin = await requireRolePage(["ADMIN"], "/admin/users");
  const raw = await searchParams;
  const parsed = listUsersQuery.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const query = parsed.success ? parsed.data : listUsersQuery.parse({});
  const { items, nextCursor } = await listUsers(query);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      <form className="mt-6 flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          Search by email or name
        </label>
        <input id="q" name="q" defaultValue={query.q} placeholder="Search by email or name" className="w-72 rounded-md border border-slate-300 px-3 py-1.5" />
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white">
          Search
        </button>
      </form>
      {!parsed.success && <p className="mt-2 text-sm text-red-700">Some filters were invalid and were ignored.</p>}
      <table className="mt-6 w-full bg-white text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="p-2 font-medium">Email</th>
            <th className="p-2 font-medium">Name</th>
            <th className="p-2 font-medium">Role</th>
            <th className="p-2 font-medium">Status</th>
            <th className="p-2 font-medium">Joined</th>
            <th className="p-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((u) => (
            <tr key={u.id} className="border-b border-slate-100">
              <td className="p-2">{u.email}</td>
              <td className="p-2">{u.name}</td>
              <td className="p-2">{u.role}</td>
              <td className="p-2">{u.status}</td>
              <td className="p-2">{u.createdAt.toISOString().slice(0, 10)}</td>
              <td className="p-2">{u.id !== admin.id && u.status !== "DELETED" && <StatusButton userId={u.id} email={u.email} status={u.status} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextCursor && (
        <Link href={{ pathname: "/admin/users", query: { ...(query.q ? { q: query.q } : {}), cursor: nextCursor } }} className="mt-4 inline-block text-brand-700 hover:underline">
          Next page
        </Link>
      )}
    </>
  );
}
