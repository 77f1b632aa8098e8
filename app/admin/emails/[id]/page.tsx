import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRolePage } from "@/lib/auth/current-user";
import { getOutboxEmail } from "@/lib/email/list-outbox";
import { splitLinks } from "@/lib/email/split-links";
import { formatDateTime, formatOptionalDateTime } from "@/app/admin/users/_components/format-date";
import { StatusBadge } from "../_components/status-badge";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Email · Admin" };

export default async function AdminEmailPage({ params }: PageProps<"/admin/emails/[id]">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/emails/${id}`);
  const email = await getOutboxEmail(id);
  if (!email) notFound();

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/emails" className="text-brand-700 hover:underline">
          ← Email outbox
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight break-words">{email.subject}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-800">
        <dt className="font-medium">To</dt>
        <dd className="break-all">
          {email.userId ? (
            <Link href={`/admin/users/${email.userId}`} className="text-brand-700 hover:underline">
              {email.to}
            </Link>
          ) : (
            email.to
          )}
        </dd>
        <dt className="font-medium">Template</dt>
        <dd>{email.template}</dd>
        <dt className="font-medium">Status</dt>
        <dd>
          <StatusBadge status={email.status} />
        </dd>
        <dt className="font-medium">Created</dt>
        <dd>{formatDateTime(email.createdAt)}</dd>
        <dt className="font-medium">Sent</dt>
        <dd>{formatOptionalDateTime(email.sentAt, "Not sent")}</dd>
        {email.lastError && (
          <>
            <dt className="font-medium">Last error</dt>
            <dd className="text-red-800">
              {email.lastError} (attempt {email.attempts})
            </dd>
          </>
        )}
      </dl>
      {email.status === "NOT_SENT" && (
        <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          This email was never sent: no mail transport is configured. If it holds a link the recipient needs (to verify their address or reset their password),
          pass it on to them; links expire and work once.
        </p>
      )}
      {email.status === "SENT" && (
        <p className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
          Sent: the secrets in this email&apos;s links (verification, password reset, unsubscribe) were removed from the stored copy, so the links below no
          longer work. The recipient&apos;s copy still does.
        </p>
      )}
      <section aria-labelledby="text-version" className="mt-6">
        <h2 id="text-version" className="text-lg font-semibold">
          Message
        </h2>
        <pre className={cardClass("mt-2 overflow-x-auto p-4 font-sans text-sm break-words whitespace-pre-wrap text-slate-900")}>
          {splitLinks(email.text).map((part, i) =>
            part.href ? (
              <a key={i} href={part.href} className="break-all text-brand-700 underline">
                {part.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </pre>
      </section>
      <section aria-labelledby="html-version" className="mt-6">
        <h2 id="html-version" className="text-lg font-semibold">
          As the recipient sees it
        </h2>
        {/* An empty sandbox: no scripts, forms or navigation from the rendered email. */}
        <iframe sandbox="" srcDoc={email.html} title={`HTML version of “${email.subject}”`} className={cardClass("mt-2 h-96 w-full")} />
      </section>
    </>
  );
}
