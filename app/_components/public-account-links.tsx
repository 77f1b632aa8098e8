"use client";

import Link from "next/link";
import { useSignedInHint } from "./signed-in-hint";

/** The public header's way in: Sign in and Sign up for visitors, the dashboard for signed-in students. */
export function PublicAccountLinks({ itemClassName = "" }: { itemClassName?: string }) {
  const signedIn = useSignedInHint();
  if (signedIn) {
    return (
      <li className={itemClassName}>
        <Link href="/dashboard" className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700">
          Dashboard
        </Link>
      </li>
    );
  }
  return (
    <>
      <li className={itemClassName}>
        <Link href="/sign-in" className="hover:text-brand-700">
          Sign in
        </Link>
      </li>
      <li className={itemClassName}>
        <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700">
          Sign up
        </Link>
      </li>
    </>
  );
}
