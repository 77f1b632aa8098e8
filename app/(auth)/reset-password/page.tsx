import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { chooseNewPassword } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token) {
    return (
      <>
        <h1 className="text-2xl font-bold">This link is incomplete</h1>
        <p className="mt-2 text-slate-700">
          Open the link from your email again, or{" "}
          <Link href="/forgot-password" className="text-brand-700 hover:underline">
            ask for a new one
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">You will be signed out on every device, then you can sign in with the new password.</p>
      <ActionForm
        action={chooseNewPassword}
        hidden={{ token }}
        fields={[{ name: "password", label: "New password", type: "password", autoComplete: "new-password", hint: "At least 10 characters." }]}
        submitLabel="Change password"
        pendingText="Saving…"
      />
    </>
  );
}
