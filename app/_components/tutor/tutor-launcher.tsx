"use client";

import dynamic from "next/dynamic";
import { useId, useRef, useState } from "react";
import { buttonClass, type ButtonSize } from "@/app/_components/ui/button";
import { tutorApiPath, type TutorSubject } from "@/lib/tutor/tutor-subject";

// Everything the tutor needs (Markdown, KaTeX, the stream reader, the panel) is one chunk fetched on the
// first click: a page that shows the button ships only this file.
const TutorPanel = dynamic(() => import("./tutor-panel"), {
  ssr: false,
  loading: () => <p className="mt-3 text-slate-600">Opening the tutor…</p>,
});

/**
 * "Ask the tutor" beside a question or a topic's note. Rendered only when the tutor exists (tutorAvailable() on the
 * server). `markedKey` changes when the student's answer is marked, so an open panel reads the thread
 * again and switches from hints to explaining the marks. `maxChars` is the API's limit, passed in so
 * the browser does not load the request schema to learn it.
 */
export function TutorLauncher({
  subject,
  markedKey = "",
  maxChars,
  size = "md",
  signInHref,
  className = "",
}: {
  subject: TutorSubject;
  markedKey?: string;
  maxChars: number;
  size?: ButtonSize;
  /** On a public page (a topic's note): where a signed-out visitor signs in to use the tutor. */
  signInHref?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  return (
    <div className={className}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClass({ variant: "secondary", size })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
      >
        {open ? "Close the tutor" : "Ask the tutor"}
      </button>
      {open && (
        <div
          id={panelId}
          onKeyDown={(e) => {
            // Escape closes the panel and gives focus back to the button that opened it.
            if (e.key === "Escape") {
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
        >
          <TutorPanel path={tutorApiPath(subject)} markedKey={markedKey} maxChars={maxChars} signInHref={signInHref} />
        </div>
      )}
    </div>
  );
}
