import type { Route } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { AppHeader } from "@/app/_components/app-header";

// Every admin page is rendered per request for an admin: never cached, never served to anyone else.
export const dynamic = "force-dynamic";

const sections: [Route, string][] = [
  ["/admin", "Overview"],
  ["/admin/content", "Content"],
  ["/admin/users", "Users"],
  ["/admin/imports", "Imports"],
  ["/admin/analytics", "Analytics"],
  ["/admin/system", "System"],
  ["/admin/jobs", "Jobs"],
  ["/admin/emails", "Emails"],
  ["/admin/audit", "Audit log"],
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage(["ADMIN"], "/admin");
  return (
    <div className="min-h-screen bg-slate-50">
      <AppHeader user={user} />
      <div className="mx-auto flex max-w-6xl gap-8 px-4 py-10">
        <nav aria-label="Admin" className="w-40 shrink-0 text-sm">
          <ul className="space-y-2">
            {sections.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="hover:text-brand-700">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
