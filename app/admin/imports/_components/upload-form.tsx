"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from "@/lib/content-import/import-limits";
import { uploadContentImport } from "../actions";
import { cardClass } from "@/app/_components/ui/card";

export function UploadForm() {
  const [state, action] = useActionState(uploadContentImport, {});
  const error = state.fieldErrors?.file;
  return (
    <form action={action} className={cardClass("space-y-4 p-4")}>
      <div>
        <label htmlFor="file" className="block text-sm font-medium text-slate-800">
          Question file
        </label>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".csv,.json,text/csv,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "file-error" : "file-hint"}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:font-medium"
        />
        {error ? (
          <p id="file-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : (
          <p id="file-hint" className="mt-1 text-xs text-slate-600">
            CSV or JSON, up to {MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB and {MAX_IMPORT_ROWS.toLocaleString("en-GB")} questions or notes. Nothing is imported
            until you start it.
          </p>
        )}
      </div>
      <FormAlert message={state.error} />
      <div className="w-48">
        <SubmitButton pendingText="Checking the file…">Upload and check</SubmitButton>
      </div>
    </form>
  );
}
