import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";
import { escapeHtml } from "@/lib/email/escape-html";

export type AssignmentReminderData = {
  name?: string;
  title: string;
  className: string;
  /** The due time as the student reads it, in their own zone ("1 Apr 2026, 17:00 BST"). */
  dueText: string;
  assignmentsUrl: string;
  unsubscribeUrl: string;
};

export function assignmentReminder(data: AssignmentReminderData): RenderedEmail {
  const email = emailLayout({
    subject: `Due tomorrow: ${data.title}`,
    greetingName: data.name,
    intro: `"${data.title}" for ${data.className} is due ${data.dueText}, and you have not handed it in yet.`,
    action: { label: "Open your assignments", url: data.assignmentsUrl },
    outro: "You get one reminder per assignment, a day before it is due.",
  });
  // The same opt-out as the daily study reminders (User.emailReminders): one switch for reminder emails.
  const url = data.unsubscribeUrl;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new Error("Email links must be absolute http(s) URLs");
  const footer = `<p style="font-size:13px;color:#475569">Don't want reminder emails? <a href="${escapeHtml(url)}" style="color:#1d4ed8">Unsubscribe from reminders</a>. Other emails about your account are not affected.</p>\n`;
  return {
    subject: email.subject,
    html: email.html.replace("</main>", `${footer}</main>`),
    text: `${email.text}\nDon't want reminder emails? Unsubscribe: ${url}\n`,
  };
}
