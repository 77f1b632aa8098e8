import Link from "next/link";

/** Explains emails that no transport will send, where a backlog figure would otherwise count them as waiting. */
export function NotSentNote({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      {count === 1 ? "1 email" : `${count} emails`} not sent: no mail transport configured (set <code>SMTP_URL</code> to send them) —{" "}
      <Link href="/admin/emails" className="font-semibold text-brand-700 underline">
        read them in the outbox
      </Link>
      .
    </p>
  );
}
