import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type FileReadyData = { name?: string; fileLabel: string; downloadUrl: string; expiresOn: string };

export function fileReady(data: FileReadyData): RenderedEmail {
  return emailLayout({
    subject: `Your ${data.fileLabel} is ready`,
    greetingName: data.name,
    intro: `The ${data.fileLabel} you asked for is ready to download. You need to be signed in to IB Revise to open the link.`,
    action: { label: `Download your ${data.fileLabel}`, url: data.downloadUrl },
    outro: `The file is kept until ${data.expiresOn}, then deleted. You can ask for a new one at any time in your settings.`,
  });
}
