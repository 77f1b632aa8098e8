import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { AppHeader } from "@/app/_components/app-header";

// Every admin page is rendered per request for an admin: never cached, never served to anyone else.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage(["ADMIN"], "/admin");
  return (
    <div className="min-h-screen bg-slate-50">
      <AppHeader user={user} />
      <div className="mx-auto flex max-w-6xl gap-8 px-4 py-10">
        <nav aria-label="Admin" className="w-40 shrink-0 text-sm">
          <ul className="space-y-2">
            <li>
              <Link href="/admin" className="hover:text-brand-700">
                Overview
              </Link>
            </li>
            <li>
              <Link href="/admin/users" className="hover:text-brand-700">
                Users
              </Link>
            </li>
            <li>
              <Link href="/admin/analytics" className="hover:text-brand-700">
                Analytics
              </Link>
            </li>
            <li>
              <Link href="/admin/imports" className="hover:text-brand-700">
                Imports
              </Link>
            </li>
            <li>
              <Link href="/admin/jobs" className="hover:text-brand-700">
                Jobs
              </Link>
            </li>
            <li>
              <Link href="/admin/audit" className="hover:text-brand-700">
                Audit log
              </Link>
            </li>
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
