import { currentUser } from "@/lib/auth/current-user";
import { redirect } from "next/navigation";
import { AppHeader } from "@/app/_components/app-header";
import { OfflineFlashcardsSync } from "@/app/_components/offline/offline-flashcards-sync";

export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  // The proxy already turned signed-out visitors away; this is the server-side check pages rely on.
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <div className="min-h-screen bg-slate-50">
      <AppHeader user={user} />
      <OfflineFlashcardsSync userId={user.id} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-10">
        {children}
      </main>
    </div>
  );
}
