"use client";

import { useActionState } from "react";
import { changeUserStatus } from "../actions";
import { buttonClass } from "@/app/_components/ui/button";
import { ActionMessage } from "@/app/_components/ui/action-message";

export function StatusButton({ userId, email, status }: { userId: string; email: string; status: string }) {
  const [state, action, pending] = useActionState(changeUserStatus, {});
  const next = status === "SUSPENDED" ? "ACTIVE" : "SUSPENDED";
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="status" value={next} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${next === "SUSPENDED" ? "Suspend" : "Reactivate"} ${email}`}
        className={buttonClass({ variant: "secondary", size: "sm" })}
      >
        {next === "SUSPENDED" ? "Suspend" : "Reactivate"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
