import { escapeHtml } from "@/lib/email/escape-html";

export type RenderedEmail = { subject: string; html: string; text: string };

/** What a template says, once; `emailLayout` turns it into both the HTML and the plain-text body. */
export type EmailContent = {
  subject: string;
  greetingName?: string;
  intro: string;
  action: { label: string; url: string };
  outro: string;
};

// Template data comes from our own code, but a javascript: or data: link in an email would still be a
// phishing vector, so anything but http(s) is refused at render time.
function assertWebUrl(url: string): string {
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new Error("Email links must be absolute http(s) URLs");
  return url;
}

const greeting = (name?: string) => (name?.trim() ? `Hi ${name.trim()},` : "Hi,");

/**
 * Plain, accessible HTML: a language, one heading, real links with the URL also printed (some clients
 * strip links, and people like to see where a link goes), no images, dark text on white (>= 7:1).
 */
export function emailLayout(content: EmailContent): RenderedEmail {
  const url = assertWebUrl(content.action.url);
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1e293b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:560px;margin:0 auto">
<h1 style="font-size:22px;color:#0f172a;margin:0 0 16px">${e(content.subject)}</h1>
<p>${e(greeting(content.greetingName))}</p>
<p>${e(content.intro)}</p>
<p><a href="${e(url)}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;border-radius:6px;font-weight:bold;text-decoration:none">${e(content.action.label)}</a></p>
<p>If the button does not work, copy this address into your browser:<br><a href="${e(url)}" style="color:#1d4ed8;word-break:break-all">${e(url)}</a></p>
<p>${e(content.outro)}</p>
<p>— IB Revise</p>
</main>
</body>
</html>`;
  const text = [greeting(content.greetingName), content.intro, `${content.action.label}: ${url}`, content.outro, "— IB Revise"].join("\n\n");
  return { subject: content.subject, html, text: `${text}\n` };
}
