"use server";

import { formAction } from "@/lib/actions/form-action";
import { requestClassProgressReport } from "@/lib/reports/request-progress-report";

export const requestClassReportAction = formAction({ access: ["TEACHER", "ADMIN"] }, async (formData, { user }) => {
  const { created } = await requestClassProgressReport(user, String(formData.get("classId") ?? ""));
  return {
    success: created
      ? "We are making the class's progress report (a page per student). We will email you a link when it is ready."
      : "You already asked for this class's report this hour: we email you the link when it is ready.",
  };
});
