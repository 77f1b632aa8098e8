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
  ["/admin/ai", "AI usage"],
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
      {/* On a phone the section links wrap above the page instead of squeezing it into a third of the width. */}
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row md:gap-8 md:py-10">
        <nav aria-label="Admin" className="text-sm md:w-40 md:shrink-0">
          <ul className="flex flex-wrap gap-x-4 gap-y-2 md:block md:space-y-2">
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
