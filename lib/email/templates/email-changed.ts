import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type EmailChangedData = { name?: string; newEmail: string; signInUrl: string };

export function emailChanged(data: EmailChangedData): RenderedEmail {
  return emailLayout({
    subject: "Your email address was changed",
    greetingName: data.name,
    intro: `The email address of your IB Revise account is now ${data.newEmail}. From now on, sign in with that address; this one no longer receives our emails.`,
    action: { label: "Sign in", url: data.signInUrl },
    outro: "If you did not make this change, reply to this email straight away so we can secure your account.",
  });
}
