import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { NavDisclosure } from "./nav-disclosure";
import { NavPendingHint } from "./nav-pending-hint";
import { MarkSignedIn } from "./signed-in-hint";
import { SignOutButton } from "./sign-out-button";

const links = [
  ["/dashboard", "Dashboard"],
  ["/questions", "Questions"],
  ["/practice", "Practice"],
  ["/flashcards", "Flashcards"],
  ["/mocks", "Mocks"],
  ["/settings", "Settings"],
] as const;

export function AppHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/dashboard" className="text-lg font-bold tracking-tight text-brand-700">
          IB Revise
        </Link>
        <NavDisclosure>
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="relative hover:text-brand-700">
                {label}
                <NavPendingHint />
              </Link>
            </li>
          ))}
          {(user.role === "TEACHER" || user.role === "ADMIN") && (
            <li>
              <Link href="/teach" className="hover:text-brand-700">
                Teach
              </Link>
            </li>
          )}
          {user.role === "ADMIN" && (
            <li>
              <Link href="/admin" className="hover:text-brand-700">
                Admin
              </Link>
            </li>
          )}
          <li>
            <SignOutButton />
          </li>
        </NavDisclosure>
      </nav>
      <MarkSignedIn />
    </header>
  );
}
