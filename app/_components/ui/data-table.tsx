/** A plain, horizontally scrollable table: the admin analytics' accessible form of every figure. */
export function DataTable({ caption, headers, rows, numeric = [] }: { caption: string; headers: string[]; rows: React.ReactNode[][]; numeric?: number[] }) {
  const align = (i: number) => (numeric.includes(i) ? "text-right tabular-nums" : "");
  return (
    // Wide tables scroll sideways on phones: the region takes focus so keyboard users can scroll it too.
    <div role="region" aria-label={caption} tabIndex={0} className="mt-3 overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600">
      <table className="w-full bg-white text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`p-2 font-medium ${align(i)}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r} className="border-b border-slate-100">
              {cells.map((cell, i) => (
                <td key={i} className={`p-2 ${align(i)}`}>
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
