"use client";

import Link from "next/link";
import { useSignedInHint } from "./signed-in-hint";
import { buttonClass } from "@/app/_components/ui/button";

/** The public header's way in: Sign in and Sign up for visitors, the dashboard for signed-in students. */
export function PublicAccountLinks({ itemClassName = "" }: { itemClassName?: string }) {
  const signedIn = useSignedInHint();
  if (signedIn) {
    return (
      <li className={itemClassName}>
        <Link href="/dashboard" className={buttonClass({ size: "sm" })}>
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
        <Link href="/sign-up" className={buttonClass({ size: "sm" })}>
          Sign up
        </Link>
      </li>
    </>
  );
}
