import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type WelcomeData = { name?: string; dashboardUrl: string };

export function welcome(data: WelcomeData): RenderedEmail {
  return emailLayout({
    subject: "Welcome to IB Revise",
    greetingName: data.name,
    intro: "Your account is ready. Pick your subjects and start with a few questions on any topic.",
    action: { label: "Open your dashboard", url: data.dashboardUrl },
    outro: "Questions come back for review just before you would forget them, so a little every day goes a long way.",
  });
}
