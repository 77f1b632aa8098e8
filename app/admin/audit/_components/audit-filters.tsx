import { buttonClass } from "@/app/_components/ui/button";
const input = "mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm";

type Values = { actor?: string; action?: string; entityType?: string; entityId?: string; from?: string; to?: string };

const FIELDS: { name: keyof Values; label: string; type?: string; placeholder?: string }[] = [
  { name: "actor", label: "Who", placeholder: "Email or user id" },
  { name: "action", label: "Action", placeholder: "e.g. user.role_change" },
  { name: "entityType", label: "Entity type", placeholder: "e.g. user" },
  { name: "entityId", label: "Entity id" },
  { name: "from", label: "From (UTC)", type: "date" },
  { name: "to", label: "To (UTC)", type: "date" },
];

/** A plain GET form: the filters live in the URL, so the next-page link and a reload keep them. */
export function AuditFilters({ values }: { values: Values }) {
  return (
    <form className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={`audit-${f.name}`} className="block text-sm font-medium text-slate-800">
            {f.label}
          </label>
          <input id={`audit-${f.name}`} name={f.name} type={f.type ?? "text"} defaultValue={values[f.name]} placeholder={f.placeholder} className={input} />
        </div>
      ))}
      <button type="submit" className={buttonClass({ size: "sm" })}>
        Apply
      </button>
    </form>
  );
}
