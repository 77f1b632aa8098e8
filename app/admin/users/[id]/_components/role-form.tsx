"use client";

import { useActionState } from "react";
import { changeRole } from "../actions";
import { buttonClass } from "@/app/_components/ui/button";
import { ActionMessage } from "@/app/_components/ui/action-message";

const ROLES = ["STUDENT", "TEACHER", "ADMIN"] as const;

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const [state, action, pending] = useActionState(changeRole, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor="role" className="text-sm font-medium text-slate-800">
        Role
      </label>
      <select id="role" name="role" defaultValue={role} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={buttonClass({ variant: "secondary", size: "sm" })}>
        Change role
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
