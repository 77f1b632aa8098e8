import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <Link href="/dashboard" className="text-lg font-bold tracking-tight text-brand-700">
          IB Revise
        </Link>
        <ul className="flex items-center gap-6 text-sm font-medium text-slate-700">
          <li>
            <Link href="/dashboard" className="hover:text-brand-700">
              Dashboard
            </Link>
          </li>
          <li>
            <Link href="/courses" className="hover:text-brand-700">
              Courses
            </Link>
          </li>
          {user.role === "ADMIN" && (
            <li>
              <Link href="/admin" className="hover:text-brand-700">
                Admin
              </Link>
            </li>
          )}
          <li>
            <Link href="/settings/sessions" className="hover:text-brand-700">
              Devices
            </Link>
          </li>
          <li>
            <SignOutButton />
          </li>
        </ul>
      </nav>
    </header>
  );
}
