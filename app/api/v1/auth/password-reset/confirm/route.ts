import { route } from "@/lib/api/route";
import { passwordResetInput } from "@/lib/accounts/account-input";
import { resetPassword } from "@/lib/accounts/password-reset";

export const POST = route({ access: "public", body: passwordResetInput }, async ({ body, context }) => {
  await resetPassword(body.token, body.password, context.ip);
  return { message: "Password changed. You have been signed out everywhere; sign in with the new password." };
});
