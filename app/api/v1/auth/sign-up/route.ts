import { route } from "@/lib/api/route";
import { signUpInput } from "@/lib/accounts/account-input";
import { registerAccount } from "@/lib/accounts/register-account";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { signUpByIp } from "@/lib/rate-limit/limiters";

export const POST = route({ access: "public", body: signUpInput }, async ({ body, context }) => {
  await limitOrThrow(signUpByIp, context.ip);
  const { userId } = await registerAccount(body);
  return Response.json({ userId, next: "Verify your email with the link we sent, then sign in." }, { status: 201 });
});
