import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/landing-path";

// Sign-in's default destination when no page asked for one (password and Google alike): the role is only
// known once the session exists, so the choice between /admin and /dashboard is made here.
export default async function SignedInPage() {
  const user = await requireUserPage("/signed-in");
  redirect(landingPath(user.role));
}
