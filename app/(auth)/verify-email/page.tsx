import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { confirmEmail } from "./actions";

export const metadata: Metadata = { title: "Verify your email" };

// Verification happens on a button press, not on page load: mail scanners that open links must not use up the token.
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Verify your email</h1>
      {typeof token === "string" && token ? (
        <div className="mt-6">
          <ActionForm action={confirmEmail} hidden={{ token }} fields={[]} submitLabel="Verify my email address" pendingText="Verifying…" />
        </div>
      ) : (
        <p className="mt-2 text-slate-700">Open the link from your email again.</p>
      )}
      <p className="mt-6 text-sm">
        <Link href="/dashboard" className="text-brand-700 hover:underline">
          Go to your dashboard
        </Link>
      </p>
    </>
  );
}
