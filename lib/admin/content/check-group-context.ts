import type { DbTransaction } from "@/lib/db/prisma";
import type { FieldIssue } from "@/lib/admin/content/content-validation-error";
import { checkFiguresStored } from "@/lib/figures/check-figures-stored";
import { figureReferenceProblem, figureReferences } from "@/lib/figures/figure-references";
import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";

/** The context is judged as a stem is: LaTeX that renders, figures that are figures and are stored here. */
export async function checkGroupContext(tx: DbTransaction, context: string): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const latex = describeLatexErrors(findLatexErrors(context));
  if (latex) issues.push({ path: "context", message: latex });
  for (const reference of figureReferences(context)) {
    const problem = figureReferenceProblem(reference);
    if (problem) issues.push({ path: "context", message: problem });
  }
  return [...issues, ...(await checkFiguresStored(tx, [["context", context]]))];
}
