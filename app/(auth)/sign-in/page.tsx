import type { Metadata } from "next";
import Link from "next/link";
import { googleEnabled } from "@/lib/auth/next-auth";
import { SIGNED_IN_PATH } from "@/lib/auth/landing-path";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { ForgetOfflinePack } from "@/app/_components/offline/forget-offline-pack";
import { SignInForm } from "./_components/sign-in-form";
import { signInWithGoogle } from "./actions";
import { buttonClass } from "@/app/_components/ui/button";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  reset: "Your password has been changed. Sign in with the new one.",
  "signed-out": "You have been signed out.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl), SIGNED_IN_PATH);
  // next-auth redirects here with ?error=...&code=... after a failed OAuth or credentials sign-in.
  const error = first(params.error) ? signInErrorMessage(first(params.code)) : undefined;
  const notice = notices[first(params.notice) ?? ""];

  return (
    <>
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        New here?{" "}
        <Link href="/sign-up" className="font-semibold text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
      {first(params.notice) === "signed-out" && <ForgetOfflinePack />}
      {notice && (
        <div className="mb-4">
          <FormAlert tone="success" message={notice} />
        </div>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
      {googleEnabled && (
        <form action={signInWithGoogle} className="mt-6 border-t border-slate-200 pt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={buttonClass({ variant: "secondary", className: "w-full" })}>
            Continue with Google
          </button>
        </form>
      )}
    </>
  );
}
