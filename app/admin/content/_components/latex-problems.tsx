import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";

/** The formulas KaTeX cannot draw, field by field: what students would see in red. */
export function LatexProblems({ fields }: { fields: [string, string][] }) {
  const problems = fields.flatMap(([name, source]) => {
    const message = describeLatexErrors(findLatexErrors(source));
    return message ? [{ name, message }] : [];
  });
  if (!problems.length) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p className="font-semibold">Students would see broken formulas:</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p.name}>
            {p.name}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
