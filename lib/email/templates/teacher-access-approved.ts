import { emailLayout, type RenderedEmail } from "@/lib/email/email-layout";

export type TeacherAccessApprovedData = { name?: string; teachUrl: string };

export function teacherAccessApproved(data: TeacherAccessApprovedData): RenderedEmail {
  return emailLayout({
    subject: "Your teacher access is ready",
    greetingName: data.name,
    intro: "An administrator approved your request: you can now create classes, set work and mark your students' answers. Sign in again to see the Teach area.",
    action: { label: "Open the Teach area", url: data.teachUrl },
    outro: "Create a class for each course you teach and give your students its code.",
  });
}
