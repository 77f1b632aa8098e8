"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { callApi } from "@/lib/http/call-api";

/**
 * Posting a marker's marks (ticked points or markband placings) as `{ ...body, ...marks }`: the page is
 * refreshed on success, so the server's result replaces the form; a refusal is kept to show beside it.
 */
export function useSaveMarks(endpoint: string, body: Record<string, string>) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function save(marks: Record<string, unknown>) {
    setSaving(true);
    setError(undefined);
    const saved = await callApi(
      endpoint,
      { method: "POST", json: { ...body, ...marks } },
      "Your marks could not be saved. Check your connection and try again.",
    );
    if (!saved.ok) {
      setError(saved.message);
      setSaving(false);
      return;
    }
    router.refresh();
  }

  return { error, setError, saving, save };
}
