import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";
import { escapeHtml } from "@/lib/email/escape-html";

export type StudyReminderData = {
  name?: string;
  /** Cards due by the end of the student's day (0 when the reminder is about the streak only). */
  dueCards: number;
  /** Days in the streak that ends tonight unless they study; null when no streak is at risk. */
  streakAtRisk: number | null;
  studyUrl: string;
  unsubscribeUrl: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function studyReminder(data: StudyReminderData): RenderedEmail {
  const streak = data.streakAtRisk;
  const subject = streak !== null ? `Keep your ${streak}-day streak going` : `${plural(data.dueCards, "card is", "cards are")} ready for review`;
  const parts = [
    data.dueCards > 0 ? `You have ${plural(data.dueCards, "card", "cards")} due for review today.` : null,
    streak !== null ? `You studied yesterday but not yet today: a few minutes before midnight keeps your ${streak}-day streak alive.` : null,
  ].filter(Boolean);
  const email = emailLayout({
    subject,
    greetingName: data.name,
    intro: parts.join(" "),
    action: { label: data.dueCards > 0 ? "Review your cards" : "Practise a few questions", url: data.studyUrl },
    outro: "Reviewing just before you would forget is what makes it stick. You get this reminder at most once a day, around 5 pm your time.",
  });
  return withUnsubscribe(email, data.unsubscribeUrl);
}

// Every reminder carries a visible way out; the same URL serves one-click List-Unsubscribe (RFC 8058).
function withUnsubscribe(email: RenderedEmail, url: string): RenderedEmail {
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new Error("Email links must be absolute http(s) URLs");
  const footer = `<p style="font-size:13px;color:#475569">Don't want daily study reminders? <a href="${escapeHtml(url)}" style="color:#1d4ed8">Unsubscribe from study reminders</a>. Other emails about your account are not affected.</p>\n`;
  return {
    subject: email.subject,
    html: email.html.replace("</main>", `${footer}</main>`),
    text: `${email.text}\nDon't want daily study reminders? Unsubscribe: ${url}\n`,
  };
}
