import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/next-auth";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        (await cookies()).delete(SIGNED_IN_HINT_COOKIE);
        await signOut({ redirectTo: "/sign-in?notice=signed-out" });
      }}
    >
      <button type="submit" className="text-sm font-medium text-slate-700 hover:text-brand-700">
        Sign out
      </button>
    </form>
  );
}
