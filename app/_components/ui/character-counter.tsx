const number = new Intl.NumberFormat("en-GB");

/**
 * "1,234 / 10,000 characters" under a text box that stops at `max`. Screen readers hear it only near the
 * limit (aria-live on a counter that changes every keystroke would talk over the typing).
 */
export function CharacterCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * 0.9;
  return (
    <p id={id} className={`mt-1 text-right text-xs tabular-nums ${near ? "font-medium text-amber-800" : "text-slate-600"}`} aria-live={near ? "polite" : "off"}>
      {number.format(length)} / {number.format(max)} characters{length >= max ? " — the limit" : ""}
    </p>
  );
}
