import type { RenderedEmail } from "@/lib/email/email-layout";
import { passwordReset, type PasswordResetData } from "@/lib/email/templates/password-reset";
import { studyReminder, type StudyReminderData } from "@/lib/email/templates/study-reminder";
import { verifyEmail, type VerifyEmailData } from "@/lib/email/templates/verify-email";
import { welcome, type WelcomeData } from "@/lib/email/templates/welcome";
import { fileReady, type FileReadyData } from "@/lib/email/templates/file-ready";
import { accountDeletionRequested, type AccountDeletionRequestedData } from "@/lib/email/templates/account-deletion-requested";
import { confirmEmailChange, type ConfirmEmailChangeData } from "@/lib/email/templates/confirm-email-change";
import { emailChanged, type EmailChangedData } from "@/lib/email/templates/email-changed";
import { teacherAccessApproved, type TeacherAccessApprovedData } from "@/lib/email/templates/teacher-access-approved";
import { assignmentReminder, type AssignmentReminderData } from "@/lib/email/templates/assignment-reminder";

export type EmailTemplate =
  | "verify-email"
  | "password-reset"
  | "welcome"
  | "file-ready"
  | "account-deletion-requested"
  | "study-reminder"
  | "confirm-email-change"
  | "email-changed"
  | "teacher-access-approved"
  | "assignment-reminder";

/** The data each template needs; the outbox stores the template name beside the rendered email. */
export type EmailTemplateData = {
  "verify-email": VerifyEmailData;
  "password-reset": PasswordResetData;
  welcome: WelcomeData;
  "file-ready": FileReadyData;
  "account-deletion-requested": AccountDeletionRequestedData;
  "study-reminder": StudyReminderData;
  "confirm-email-change": ConfirmEmailChangeData;
  "email-changed": EmailChangedData;
  "teacher-access-approved": TeacherAccessApprovedData;
  "assignment-reminder": AssignmentReminderData;
};

const templates: { [T in EmailTemplate]: (data: EmailTemplateData[T]) => RenderedEmail } = {
  "verify-email": verifyEmail,
  "password-reset": passwordReset,
  welcome,
  "file-ready": fileReady,
  "account-deletion-requested": accountDeletionRequested,
  "study-reminder": studyReminder,
  "confirm-email-change": confirmEmailChange,
  "email-changed": emailChanged,
  "teacher-access-approved": teacherAccessApproved,
  "assignment-reminder": assignmentReminder,
};

export function renderEmail<T extends EmailTemplate>(template: T, data: EmailTemplateData[T]): RenderedEmail {
  return templates[template](data);
}
