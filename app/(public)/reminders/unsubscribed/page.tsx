import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Unsubscribed from study reminders", robots: { index: false, follow: false } };

// Reached from the unsubscribe link in a reminder email, signed in or not: it says nothing about the account.
export default function RemindersUnsubscribedPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">You are unsubscribed from study reminders</h1>
      <p className="mt-2 text-slate-700">
        We will not send you daily study reminders any more. Emails about your account, such as password resets, still arrive.
      </p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        Go to IB Revise
      </Link>
    </div>
  );
}
