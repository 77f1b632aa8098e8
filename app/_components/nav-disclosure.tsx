"use client";

import { useState } from "react";

/**
 * The main navigation's list: a row on wide screens; on a phone, folded behind a Menu button (a
 * disclosure: aria-expanded on the button, the list shown below the header bar) instead of wrapping
 * the links onto two lines. Following a link or pressing Escape folds it again.
 */
export function NavDisclosure({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 md:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          {open ? (
            <path d="M5.3 4.3 10 9l4.7-4.7 1 1L11 10l4.7 4.7-1 1L10 11l-4.7 4.7-1-1L9 10 4.3 5.3z" />
          ) : (
            <path d="M3 5h14v1.5H3zm0 4.25h14v1.5H3zM3 13.5h14V15H3z" />
          )}
        </svg>
        Menu
      </button>
      <ul
        id="main-menu"
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-1 border-t border-slate-200 pt-2 text-sm font-medium text-slate-700 md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:justify-end md:gap-x-5 md:gap-y-1 md:border-0 md:pt-0 [&>li]:py-1.5 md:[&>li]:py-0`}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a")) setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
      >
        {children}
      </ul>
    </>
  );
}
