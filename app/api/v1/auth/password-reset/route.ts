import { route } from "@/lib/api/route";
import { passwordResetRequestInput } from "@/lib/accounts/account-input";
import { requestPasswordReset } from "@/lib/accounts/password-reset";

// Always 202 with the same message: the response never reveals whether the email has an account.
export const POST = route({ access: "public", body: passwordResetRequestInput }, async ({ body, context }) => {
  await requestPasswordReset(body.email, context.ip);
  return Response.json({ message: "If an account exists for this email, a reset link is on its way." }, { status: 202 });
});
