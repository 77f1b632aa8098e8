import { z } from "zod";
import { route } from "@/lib/api/route";
import { env } from "@/lib/env";
import { escapeHtml } from "@/lib/email/escape-html";
import { InvalidUnsubscribeLinkError, unsubscribeFromReminders, unsubscribeQuery } from "@/lib/reminders/unsubscribe-from-reminders";
import { verifyUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";

// A person clicking the link in a reminder gets a page with one button: mail scanners follow links (GET)
// but do not submit forms, so only a person's click (or the provider's one-click POST) unsubscribes.
// Neither page shows anything about the account (the link may be forwarded); a broken link gets a small
// page rather than JSON.
export const GET = route({ access: "public", query: unsubscribeQuery }, async ({ query }) => {
  if (!verifyUnsubscribeToken(query.token)) return page(400, "This link does not work", `<p>${escapeHtml(new InvalidUnsubscribeLinkError().message)}</p>`);
  const action = `/api/v1/reminders/unsubscribe?token=${encodeURIComponent(query.token)}&via=page`;
  return page(
    200,
    "Stop study reminders?",
    `<p>You will no longer get the daily study reminder emails. You can turn them back on in your settings.</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
  );
});

// RFC 8058 one-click unsubscribe: the mail provider POSTs "List-Unsubscribe=One-Click" to the same URL;
// the button above posts with via=page and is sent on to the confirmation page.
export const POST = route({ access: "public", query: unsubscribeQuery.extend({ via: z.enum(["page"]).optional() }) }, async ({ query }) => {
  await unsubscribeFromReminders(query.token);
  if (query.via !== "page") return { ok: true };
  return new Response(null, { status: 303, headers: { location: new URL("/reminders/unsubscribed", env.APP_URL).toString(), "cache-control": "no-store" } });
});

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · IB Revise</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}<p><a href="/">Go to IB Revise</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
