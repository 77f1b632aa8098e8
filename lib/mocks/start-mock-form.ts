import { z } from "zod";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { fieldErrors, type FormState } from "@/lib/http/form-state";
import { SHORT_MOCK_SCALE, type StartMockInput } from "@/lib/mocks/mock-input";

// The form posts one radio value per paper, "<course slug>|<paper code>" (lib/mocks/mock-choice-value.ts).
const startMockForm = z.object({
  choice: z.string("Choose a paper.").regex(new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\|(${paperCodes.join("|")})$`), "Choose a paper."),
  short: z.literal("on").optional(),
  // Local testing only (start-mock-exam.ts refuses it elsewhere); blank means "the paper's own time".
  durationSeconds: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(
      z
        .number("Enter a whole number of seconds.")
        .int("Enter a whole number of seconds.")
        .min(10, "At least 10 seconds.")
        .max(21_600, "At most 6 hours.")
        .optional(),
    ),
});

export function parseStartMockForm(formData: FormData): { success: true; data: StartMockInput } | { success: false; state: FormState } {
  const parsed = startMockForm.safeParse({
    choice: formData.get("choice") ?? undefined,
    short: formData.get("short") ?? undefined,
    durationSeconds: formData.get("durationSeconds") ?? undefined,
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { success: false, state: { error: errors.choice ?? "Check the form and try again.", fieldErrors: errors } };
  }
  const [courseSlug, paper] = parsed.data.choice.split("|") as [string, StartMockInput["paper"]];
  return {
    success: true,
    data: { courseSlug, paper, scale: parsed.data.short ? SHORT_MOCK_SCALE : 1, durationSeconds: parsed.data.durationSeconds },
  };
}
