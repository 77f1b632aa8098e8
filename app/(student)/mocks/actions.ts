"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { parseStartMockForm } from "@/lib/mocks/start-mock-form";
import { startMockExam } from "@/lib/mocks/start-mock-exam";

export const startMock = formAction({ access: "user" }, async (formData, { user }) => {
  const parsed = parseStartMockForm(formData);
  if (!parsed.success) return parsed.state;
  const { id } = await startMockExam(user.id, parsed.data);
  redirect(`/mocks/${id}`);
});
