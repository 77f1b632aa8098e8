"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/app/_components/ui/button";

export function SubmitButton({ children, pendingText }: { children: React.ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={buttonClass({ className: "w-full" })}>
      {pending ? (pendingText ?? "Please wait…") : children}
    </button>
  );
}
