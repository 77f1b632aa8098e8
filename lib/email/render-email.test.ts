import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/email/escape-html";
import { renderEmail } from "@/lib/email/render-email";

const hostile = `<script>alert("x")</script> & 'co'`;
const url = "https://ib-revise.test/verify?token=abc&next=/dashboard";

const cases = [
  renderEmail("verify-email", { name: hostile, verifyUrl: url, expiresInHours: 24 }),
  renderEmail("password-reset", { name: hostile, resetUrl: url, expiresInMinutes: 30 }),
  renderEmail("welcome", { name: hostile, dashboardUrl: url }),
];

describe("email templates", () => {
  it.each(cases)("escapes the name in the HTML of “$subject” and keeps it as typed in the text", (email) => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml(hostile));
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    expect(email.text).toContain(`Hi ${hostile},`);
  });

  it.each(cases)("puts the link in both the HTML and the text of “$subject”", (email) => {
    const escaped = escapeHtml(url);
    expect(email.html).toContain(`href="${escaped}"`);
    // Printed as text too, for clients that strip links.
    expect(email.html).toContain(`>${escaped}</a>`);
    expect(email.text).toContain(url);
  });

  it.each(cases)("is a complete, accessible HTML document: “$subject”", (email) => {
    expect(email.html).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(email.html).toContain(`<h1 style="font-size:22px;color:#0f172a;margin:0 0 16px">${email.subject}</h1>`);
    expect(email.html).not.toContain("<img");
  });

  it("greets without a name when none is given", () => {
    expect(renderEmail("welcome", { dashboardUrl: url }).text).toMatch(/^Hi,\n/);
  });

  it("states how long a link lasts", () => {
    expect(renderEmail("verify-email", { verifyUrl: url, expiresInHours: 24 }).text).toContain("24 hours");
    expect(renderEmail("password-reset", { resetUrl: url, expiresInMinutes: 30 }).text).toContain("30 minutes");
  });

  it("refuses links that are not http(s)", () => {
    expect(() => renderEmail("welcome", { dashboardUrl: "javascript:alert(1)" })).toThrow(/http/);
  });
});
