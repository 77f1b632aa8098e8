import { route } from "@/lib/http/route";
import { env } from "@/lib/env";
import { escapeHtml } from "@/lib/email/escape-html";
import { InvalidUnsubscribeLinkError, unsubscribeFromReminders, unsubscribeQuery } from "@/lib/reminders/unsubscribe-from-reminders";

// A person clicking the link in a reminder: unsubscribe, then a confirmation page that shows nothing about
// the account (the link may be forwarded). A broken link gets a small page rather than JSON.
export const GET = route({ access: "public", query: unsubscribeQuery }, async ({ query }) => {
  try {
    await unsubscribeFromReminders(query.token);
  } catch (err) {
    if (err instanceof InvalidUnsubscribeLinkError) return invalidLinkPage(err.message);
    throw err;
  }
  return new Response(null, { status: 303, headers: { location: new URL("/reminders/unsubscribed", env.APP_URL).toString(), "cache-control": "no-store" } });
});

// RFC 8058 one-click unsubscribe: the mail provider POSTs "List-Unsubscribe=One-Click" to the same URL.
export const POST = route({ access: "public", query: unsubscribeQuery }, async ({ query }) => {
  await unsubscribeFromReminders(query.token);
  return { ok: true };
});

function invalidLinkPage(message: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Invalid unsubscribe link · IB Revise</title></head>
<body><main><h1>This link does not work</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to IB Revise</a></p></main></body></html>`;
  return new Response(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
