import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { requestReset } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Reset your password</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">We will email you a link to choose a new one.</p>
      <ActionForm
        action={requestReset}
        fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]}
        submitLabel="Email me a link"
        pendingText="Sending…"
      />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
