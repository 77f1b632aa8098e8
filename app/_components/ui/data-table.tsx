import type { ReactNode } from "react";

type Header = string | { label: string; hidden: true };

type Props = {
  /** Read to screen-reader users, and the scroll region's name. */
  caption: string;
  /** Column headings; `{ label, hidden: true }` for a column whose heading is only for screen readers. */
  headers: Header[];
  rows: ReactNode[][];
  /** Stable keys for the rows (ids), when rows can change order between renders. */
  rowKeys?: (string | number)[];
  /** Columns of numbers: right-aligned, with figures of equal width. */
  numeric?: number[];
  /** Extra classes for a column's cells (e.g. "whitespace-nowrap", "break-all", "max-w-md"). */
  columnClasses?: Record<number, string>;
  /** Cells start at the top of their row (rows with multi-line cells). */
  alignTop?: boolean;
  className?: string;
};

/** The one table of the app: plain, captioned, and horizontally scrollable on phones. */
export function DataTable({ caption, headers, rows, rowKeys, numeric = [], columnClasses = {}, alignTop = false, className = "mt-3" }: Props) {
  const cellClass = (i: number) => [numeric.includes(i) ? "text-right tabular-nums" : "", columnClasses[i] ?? ""].filter(Boolean).join(" ");
  return (
    // Wide tables scroll sideways on phones: the region takes focus so keyboard users can scroll it too.
    <div role="region" aria-label={caption} tabIndex={0} className={`${className} overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600`}>
      <table className="w-full bg-white text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className={`p-2 font-medium ${numeric.includes(i) ? "text-right" : ""}`}>
                {typeof h === "string" ? h : <span className="sr-only">{h.label}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={rowKeys?.[r] ?? r} className={`border-b border-slate-100 ${alignTop ? "align-top" : ""}`}>
              {cells.map((cell, i) => (
                <td key={i} className={`p-2 ${cellClass(i)}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
