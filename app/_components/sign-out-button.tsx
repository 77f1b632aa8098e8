import { signOut } from "@/lib/auth/next-auth";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/sign-in?notice=signed-out" });
      }}
    >
      <button type="submit" className="text-sm font-medium text-slate-700 hover:text-brand-700">
        Sign out
      </button>
    </form>
  );
}
