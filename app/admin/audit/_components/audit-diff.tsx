import { diffAuditValues } from "@/lib/audit/diff-audit-values";

const pretty = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value, null, 2));

/** Before and after of one entry, key by key; changed keys are highlighted and say so in words too. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const rows = diffAuditValues(before, after);
  if (rows.length === 0) return <span className="text-slate-500">—</span>;
  const changed = rows.filter((r) => r.changed).length;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700">
        {changed} changed {changed === 1 ? "field" : "fields"}
      </summary>
      <table className="mt-2 w-full text-left text-xs">
        <thead className="text-slate-600">
          <tr>
            <th className="p-1 font-medium">Field</th>
            <th className="p-1 font-medium">Before</th>
            <th className="p-1 font-medium">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.changed ? "bg-amber-50" : "text-slate-500"}>
              <th scope="row" className="p-1 align-top font-mono font-medium">
                {r.key}
                {r.changed && <span className="ml-1 rounded bg-amber-200 px-1 font-sans text-amber-900">changed</span>}
              </th>
              <td className="p-1 align-top">
                <pre className="max-w-xs overflow-x-auto whitespace-pre-wrap break-all">{pretty(r.before)}</pre>
              </td>
              <td className="p-1 align-top">
                <pre className="max-w-xs overflow-x-auto whitespace-pre-wrap break-all">{pretty(r.after)}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
