"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { formError, type FormState } from "@/lib/http/form-state";
import { parseStartMockForm } from "@/lib/mocks/start-mock-form";
import { startMockExam } from "@/lib/mocks/start-mock-exam";

export async function startMock(_previous: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const user = await requireUser();
    const parsed = parseStartMockForm(formData);
    if (!parsed.success) return parsed.state;
    ({ id } = await startMockExam(user.id, parsed.data));
  } catch (err) {
    return formError(err);
  }
  // Outside the try: redirect() works by throwing, and must not be caught.
  redirect(`/mocks/${id}`);
}
