import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type AccountDeletionRequestedData = { name?: string; deleteOn: string; settingsUrl: string };

export function accountDeletionRequested(data: AccountDeletionRequestedData): RenderedEmail {
  return emailLayout({
    subject: "Your account will be deleted",
    greetingName: data.name,
    intro: `You asked us to delete your IB Revise account. It and everything in it (your answers, progress, flashcards and mock exams) will be erased on ${data.deleteOn}. You have been signed out on every device.`,
    action: { label: "Keep my account", url: data.settingsUrl },
    outro:
      'Changed your mind? Sign in before that date and choose "Cancel deletion" in your settings. If you did not ask for this, sign in and cancel it, then change your password.',
  });
}
