"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { startImport } from "../actions";

export function StartImportButton({ importId, validRows }: { importId: string; validRows: number }) {
  const [state, action] = useActionState(startImport, {});
  if (state.success) return <FormAlert tone="success" message={state.success} />;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="importId" value={importId} />
      <p className="text-sm text-slate-700">
        Imports the {validRows} valid {validRows === 1 ? "row" : "rows"} by key (a note by its topic): new ones are created, changed ones are updated (their
        version goes up), unchanged ones are left alone. Rejected rows are skipped.
      </p>
      <FormAlert message={state.error} />
      <div className="w-48">
        <SubmitButton pendingText="Starting…">Start import</SubmitButton>
      </div>
    </form>
  );
}
