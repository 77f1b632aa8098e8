import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type PasswordResetData = { name?: string; resetUrl: string; expiresInMinutes: number };

export function passwordReset(data: PasswordResetData): RenderedEmail {
  const minutes = data.expiresInMinutes === 1 ? "1 minute" : `${data.expiresInMinutes} minutes`;
  return emailLayout({
    subject: "Reset your password",
    greetingName: data.name,
    intro: "Someone asked to reset the password for your IB Revise account. Choose a new password with the link below.",
    action: { label: "Choose a new password", url: data.resetUrl },
    outro: `The link works once, for ${minutes}. If you did not ask for this, ignore this email: your password stays the same.`,
  });
}
