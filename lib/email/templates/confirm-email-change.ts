import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type ConfirmEmailChangeData = { name?: string; confirmUrl: string; expiresInHours: number };

export function confirmEmailChange(data: ConfirmEmailChangeData): RenderedEmail {
  const hours = data.expiresInHours === 1 ? "1 hour" : `${data.expiresInHours} hours`;
  return emailLayout({
    subject: "Confirm your new email address",
    greetingName: data.name,
    intro: "You asked to use this address for your IB Revise account. It becomes your sign-in address once you confirm it.",
    action: { label: "Confirm new email address", url: data.confirmUrl },
    outro: `The link works once, for ${hours}. If you did not ask for this, ignore this email: nothing changes.`,
  });
}
