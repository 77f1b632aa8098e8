import { ACTIVITY_FILTER_LABELS, type ListUsersQuery } from "@/lib/admin/users/list-users";
import { buttonClass } from "@/app/_components/ui/button";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filters live in the URL, so every page link and reload keeps them. */
export function UserFilters({ query, courses }: { query: ListUsersQuery; courses: { slug: string; name: string }[] }) {
  return (
    <form className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Filter users">
      <div>
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          Email or name
        </label>
        <input
          id="q"
          name="q"
          defaultValue={query.q}
          placeholder="Search by email or name"
          className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-1.5"
        />
      </div>
      <Choice id="role" label="Role" value={query.role} options={["STUDENT", "TEACHER", "ADMIN"].map((r) => [r, r])} />
      <Choice id="status" label="Status" value={query.status} options={["ACTIVE", "SUSPENDED", "DELETED"].map((s) => [s, s])} />
      <Choice id="course" label="Enrolled in" value={query.course} options={courses.map((c) => [c.slug, c.name])} />
      <Choice id="active" label="Last active" value={query.active} options={Object.entries(ACTIVITY_FILTER_LABELS)} />
      <button type="submit" className={buttonClass({ size: "sm" })}>
        Apply
      </button>
    </form>
  );
}

function Choice({ id, label, value, options }: { id: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={`mt-1 ${select}`}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
