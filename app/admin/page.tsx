import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHomePage() {
  await requireRolePage(["ADMIN"], "/admin");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Admin</h1>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/admin/content" className="font-semibold text-brand-700 hover:underline">
            Content
          </Link>{" "}
          — subjects, courses, the topic tree, questions and flashcards: edit, preview and publish.
        </li>
        <li>
          <Link href="/admin/users" className="font-semibold text-brand-700 hover:underline">
            Users
          </Link>{" "}
          — find accounts, suspend and reactivate them.
        </li>
        <li>
          <Link href="/admin/analytics" className="font-semibold text-brand-700 hover:underline">
            Analytics
          </Link>{" "}
          — sign-ups, active students, most practised courses, low success questions and coverage gaps.
        </li>
        <li>
          <Link href="/admin/imports" className="font-semibold text-brand-700 hover:underline">
            Imports
          </Link>{" "}
          — upload questions in bulk (CSV or JSON), check them, import them.
        </li>
        <li>
          <Link href="/admin/ai" className="font-semibold text-brand-700 hover:underline">
            AI usage
          </Link>{" "}
          — model calls, tokens, errors, latency and estimated cost per day; students nearest their tutor allowance.
        </li>
        <li>
          <Link href="/admin/system" className="font-semibold text-brand-700 hover:underline">
            System
          </Link>{" "}
          — live traffic, latency percentiles, errors, cache hit rate, replica lag and the job queue.
        </li>
        <li>
          <Link href="/admin/jobs" className="font-semibold text-brand-700 hover:underline">
            Jobs
          </Link>{" "}
          — background job runs, failures, durations and backlog.
        </li>
        <li>
          <Link href="/admin/emails" className="font-semibold text-brand-700 hover:underline">
            Emails
          </Link>{" "}
          — the outbox: every email queued, its status and its message (where verification links are read when no mail transport is configured).
        </li>
        <li>
          <Link href="/admin/audit" className="font-semibold text-brand-700 hover:underline">
            Audit log
          </Link>{" "}
          — every admin change, who made it and what it changed.
        </li>
      </ul>
    </>
  );
}
