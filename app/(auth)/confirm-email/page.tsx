import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { confirmNewEmail } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email address" };

// Confirmation happens on a button press, not on page load: mail scanners that open links must not use up the token.
export default async function ConfirmEmailPage({ searchParams }: PageProps<"/confirm-email">) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Confirm your new email address</h1>
      {typeof token === "string" && token ? (
        <div className="mt-6">
          <ActionForm action={confirmNewEmail} hidden={{ token }} fields={[]} submitLabel="Use this email address" pendingText="Confirming…" />
        </div>
      ) : (
        <p className="mt-2 text-slate-700">Open the link from your email again.</p>
      )}
      <p className="mt-6 text-sm">
        <Link href="/settings" className="text-brand-700 hover:underline">
          Go to your settings
        </Link>
      </p>
    </>
  );
}
