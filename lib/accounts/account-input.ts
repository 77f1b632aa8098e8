import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

export const emailInput = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "That email address is too long.")
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."));

export const newPasswordInput = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const signUpInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    email: emailInput,
    password: newPasswordInput,
    /** A teacher asks for teacher access; an admin decides (the account is a student's until then). */
    teacher: z.boolean().default(false),
    school: z.string().trim().max(120, "Use at most 120 characters.").optional(),
  })
  .refine((v) => !v.teacher || (v.school ?? "") !== "", { message: "Tell us where you teach, so an admin can approve your access.", path: ["school"] });
export type SignUpInput = z.infer<typeof signUpInput>;

export const passwordResetRequestInput = z.object({ email: emailInput });
export const passwordResetInput = z.object({
  token: z.string().min(1, "The reset link is incomplete.").max(200),
  password: newPasswordInput,
});
