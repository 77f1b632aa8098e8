import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Create your account</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Already have one?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
      <SignUpForm />
    </>
  );
}
