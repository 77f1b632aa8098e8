import { requireRolePage } from "@/lib/auth/current-user";
import { AppHeader } from "@/app/_components/app-header";

export default async function TeachLayout({ children }: { children: React.ReactNode }) {
  // Every /teach page is for teachers (and admins); each page and action still checks the class itself.
  const user = await requireRolePage(["TEACHER", "ADMIN"], "/teach");
  return (
    <div className="min-h-screen bg-slate-50">
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-10">
        {children}
      </main>
    </div>
  );
}
