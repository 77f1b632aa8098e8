import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type VerifyEmailData = { name?: string; verifyUrl: string; expiresInHours: number };

export function verifyEmail(data: VerifyEmailData): RenderedEmail {
  const hours = data.expiresInHours === 1 ? "1 hour" : `${data.expiresInHours} hours`;
  return emailLayout({
    subject: "Verify your email address",
    greetingName: data.name,
    intro: "Thanks for signing up to IB Revise. Please confirm that this is your email address.",
    action: { label: "Verify email address", url: data.verifyUrl },
    outro: `The link works for ${hours}. If you did not create an account, you can ignore this email.`,
  });
}
