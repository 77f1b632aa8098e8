"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-state";
import { Button } from "@/app/_components/ui/button";
import { ActionMessage } from "@/app/_components/ui/action-message";

/**
 * One button posting fixed values to a server action (archive, restore, move up), with the action's
 * message beside it. Works without JavaScript: the page re-renders after the post.
 */
export function ActionButton({
  action,
  values,
  children,
  label,
  variant,
  confirm,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  values: Record<string, string>;
  children: React.ReactNode;
  /** The accessible name when the visible text is not enough ("Move 1.2 up"). */
  label?: string;
  variant?: "primary" | "secondary" | "danger";
  /** A checkbox the admin must tick for the action to go ahead (sent as confirm=on). */
  confirm?: { id: string; label: string };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && (
        <span className="flex items-center gap-1 text-sm">
          <input id={confirm.id} type="checkbox" name="confirm" className="h-4 w-4" />
          <label htmlFor={confirm.id}>{confirm.label}</label>
        </span>
      )}
      <Button type="submit" size="sm" variant={variant ?? "secondary"} disabled={pending} aria-label={label}>
        {children}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
