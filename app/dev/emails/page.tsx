import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listRecentEmails } from "@/lib/email/list-recent-emails";
import { splitLinks } from "@/lib/email/split-links";
import { env } from "@/lib/env";

// A local mailbox for development and e2e tests: emails stay in the outbox when SMTP_URL is unset.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false, follow: false } };

type Email = Awaited<ReturnType<typeof listRecentEmails>>[number];

const statusStyles: Record<Email["status"], string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENDING: "bg-sky-100 text-sky-900",
  SENT: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-red-100 text-red-900",
};

export default async function DevEmailsPage() {
  if (env.NODE_ENV === "production") notFound();
  const emails = await listRecentEmails(50);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">Email outbox</h1>
      <p className="mt-2 text-slate-700">The 50 most recent emails, newest first. This page does not exist in production.</p>
      {emails.length === 0 ? (
        <p className="mt-8 text-slate-700">No emails yet.</p>
      ) : (
        <ol className="mt-8 space-y-8">
          {emails.map((email) => (
            <li key={email.id}>
              <EmailCard email={email} />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function EmailCard({ email }: { email: Email }) {
  return (
    <article aria-label={email.subject} className="rounded-lg border border-slate-200 p-4 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{email.subject}</h2>
        <span className={`rounded px-2 py-0.5 text-sm font-medium ${statusStyles[email.status]}`}>{email.status}</span>
      </header>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700">
        <dt className="font-medium">To</dt>
        <dd>{email.to}</dd>
        <dt className="font-medium">Template</dt>
        <dd>{email.template}</dd>
        <dt className="font-medium">Created</dt>
        <dd>
          <time dateTime={email.createdAt.toISOString()}>{email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
        </dd>
        {email.lastError ? (
          <>
            <dt className="font-medium">Last error</dt>
            <dd className="text-red-800">
              {email.lastError} (attempt {email.attempts})
            </dd>
          </>
        ) : null}
      </dl>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <section aria-label="Text version">
          <h3 className="text-sm font-semibold text-slate-800">Text</h3>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm text-slate-900">
            {splitLinks(email.text).map((part, i) =>
              part.href ? (
                <a key={i} href={part.href} className="text-blue-700 underline">
                  {part.text}
                </a>
              ) : (
                part.text
              ),
            )}
          </pre>
        </section>
        <section aria-label="HTML version">
          <h3 className="text-sm font-semibold text-slate-800">HTML</h3>
          {/* An empty sandbox: no scripts, forms or navigation from the rendered email. */}
          <iframe
            sandbox=""
            srcDoc={email.html}
            title={`HTML version of “${email.subject}”`}
            className="mt-1 h-96 w-full rounded border border-slate-200 bg-white"
          />
        </section>
      </div>
    </article>
  );
}
