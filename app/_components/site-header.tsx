import Link from "next/link";
import { PublicAccountLinks } from "./public-account-links";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          IB Revise
        </Link>
        <ul className="flex items-center gap-4 text-sm sm:gap-6 font-medium text-slate-700">
          <li>
            <Link href="/courses" className="hover:text-brand-700">
              Courses
            </Link>
          </li>
          <PublicAccountLinks />
        </ul>
      </nav>
    </header>
  );
}
