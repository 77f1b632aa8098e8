import { levels, subjectGroups } from "@/lib/catalog/catalog-input";
import type { ListContentCoursesQuery } from "@/lib/admin/content/list-content-courses";
import { buttonClass } from "@/app/_components/ui/button";

const select = "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the search lives in the URL, so page links and reloads keep it. */
export function CourseFilters({ query }: { query: ListContentCoursesQuery }) {
  return (
    <form className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Find courses">
      <div className="w-full sm:w-64">
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          Course or subject
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="e.g. Physics or chemistry-hl"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5"
        />
      </div>
      <Choice
        id="group"
        label="Subject group"
        value={query.group?.toString()}
        options={Object.entries(subjectGroups).map(([g, name]) => [g, `${g}. ${name}`])}
      />
      <Choice id="level" label="Level" value={query.level} options={levels.map((l) => [l, l])} />
      <Choice
        id="questions"
        label="Published questions"
        value={query.questions}
        options={[
          ["with", "Has some"],
          ["without", "Has none"],
        ]}
      />
      <button type="submit" className={buttonClass({ size: "sm" })}>
        Search
      </button>
    </form>
  );
}

function Choice({ id, label, value, options }: { id: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={`${select} max-w-full`}>
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
