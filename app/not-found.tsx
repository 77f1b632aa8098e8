import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/app/_components/site-header";
import { SiteFooter } from "@/app/_components/site-footer";
import { buttonClass } from "@/app/_components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

// Any unknown address (the response keeps its 404 status): the site's header and a way back in.
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="main" className="mx-auto flex w-full max-w-2xl flex-1 flex-col items-center px-4 py-20 text-center">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
        <p className="mt-3 text-slate-700">There is nothing at this address. The link may be old, or the page may have moved.</p>
        <div className="mt-8 flex flex-wrap justify-center gap-4">
          <Link href="/" className={buttonClass()}>
            Go to the home page
          </Link>
          <Link href="/courses" className={buttonClass({ variant: "secondary" })}>
            Browse courses
          </Link>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
