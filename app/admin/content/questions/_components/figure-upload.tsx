"use client";

import { useRef, useState, useTransition } from "react";
import type { FormState } from "@/lib/http/form-state";
import { ActionMessage } from "@/app/_components/ui/action-message";
import { Button } from "@/app/_components/ui/button";
import { TextInput } from "@/app/_components/ui/fields";
import { uploadQuestionFigure } from "../actions";

/**
 * Uploads a figure for the question (SVG, sanitised on the server, or PNG) with the alt text it needs, and
 * hands back the Markdown that shows it. Not a form of its own: it sits inside the editor's form, and
 * forms cannot nest, so it posts its two fields itself.
 */
export function FigureUpload({ onUploaded }: { onUploaded: (markdown: string) => void }) {
  const file = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const [state, setState] = useState<FormState>({});
  const [pending, startUpload] = useTransition();

  function upload() {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setState({ error: "Choose an SVG or PNG file to upload." });
    const data = new FormData();
    data.set("file", chosen);
    data.set("alt", alt);
    startUpload(async () => {
      const result = await uploadQuestionFigure({}, data);
      setState(result);
      if (result.values?.markdown) {
        onUploaded(result.values.markdown);
        setAlt("");
        if (file.current) file.current.value = "";
      }
    });
  }

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">Add a figure</legend>
      <label className="block text-sm font-medium" htmlFor="figure-file">
        SVG or PNG file
        <input
          ref={file}
          id="figure-file"
          type="file"
          accept="image/svg+xml,image/png"
          className="mt-1 block w-full text-sm file:mr-2 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1"
        />
      </label>
      <TextInput
        id="figure-alt"
        label="What the figure shows"
        value={alt}
        onChange={(e) => setAlt(e.target.value)}
        hint="The alt text, for students who cannot see it, e.g. “Graph of y = f(x) crossing the x-axis at 1 and 4”."
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={upload} disabled={pending} variant="secondary" size="sm">
          {pending ? "Uploading…" : "Upload"}
        </Button>
        <ActionMessage state={state} />
      </div>
    </fieldset>
  );
}
