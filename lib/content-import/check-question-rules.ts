import type { FieldNamer } from "@/lib/content-import/import-candidate";
import type { QuestionContent } from "@/lib/questions/question-content";
import { checkQuestionRules as checkContentRules, type RuleIssue } from "@/lib/questions/question-rules";
import { markbandsInput } from "@/lib/questions/markbands-input";

// An author fixing a file wants every problem of a row at once, so the question rules run on whatever
// the row holds, even when the schema has found other fields of the wrong shape (it then skips its own
// cross-field checks). Fields the rules cannot read are left to the schema's messages.

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" ? v : "");
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** Every cross-field problem of a question in the JSON import shape, as sentences naming the file's fields. */
export function checkQuestionRules(raw: Loose, name: FieldNamer): string[] {
  if (raw.type !== "MCQ" && raw.type !== "NUMERIC" && raw.type !== "WRITTEN") return [];
  const points = Array.isArray(raw.markscheme) ? raw.markscheme.filter(isObject) : [];
  const marks = points.map((p) => p.marks);
  const numeric = isObject(raw.numericAnswer) ? raw.numericAnswer : undefined;
  // Markbands of the wrong shape are the schema's to report; the rules judge only readable ones.
  const bands = raw.markbands === undefined ? undefined : markbandsInput.safeParse(raw.markbands);
  const content = {
    type: raw.type,
    // Unreadable marks cannot be added up: the sum rule then has nothing to say (NaN never compares).
    marks: typeof raw.marks === "number" && marks.every((m) => typeof m === "number") ? raw.marks : Number.NaN,
    stem: text(raw.stem),
    options: Array.isArray(raw.options) ? raw.options.filter(isObject).map((o) => ({ id: text(o.id), text: text(o.text) })) : [],
    correctOptionId: typeof raw.correctOptionId === "string" ? raw.correctOptionId : undefined,
    numericAnswer: numeric && {
      value: typeof numeric.value === "number" ? numeric.value : undefined,
      unit: typeof numeric.unit === "string" ? numeric.unit : undefined,
      sigFigs: typeof numeric.sigFigs === "number" ? numeric.sigFigs : undefined,
      sigFigsExact: numeric.sigFigsExact === true,
      unitRequired: numeric.unitRequired === true,
    },
    markingPoints: points.map((p, i) => ({
      label: typeof p.id === "string" ? p.id : `#${i + 1}`,
      kind: (typeof p.kind === "string" ? p.kind : "B") as QuestionContent["markingPoints"][number]["kind"],
      marks: typeof p.marks === "number" ? p.marks : 0,
      text: text(p.text),
      dependsOn: strings(p.dependsOn),
      keywords: [],
    })),
    markbands: bands?.success ? bands.data : undefined,
    workedSolution: text(raw.workedSolution),
  } satisfies Parameters<typeof checkContentRules>[0];
  // Missing answers are the schema's to report ("correct_option is required for MCQ questions").
  const schemaReports = (issue: RuleIssue) =>
    issue.path === "options" ||
    issue.path === "numericAnswer.value" ||
    (issue.path === "correctOptionId" && content.correctOptionId === undefined) ||
    (issue.path === "markingPoints" && (Number.isNaN(content.marks) || points.length === 0 || (bands !== undefined && !bands.success)));
  return checkContentRules(content)
    .filter((issue) => !schemaReports(issue))
    .map((issue) => describe(issue, name));
}

/** "markingPoints.1.dependsOn" names the file's field: marking_points (CSV) or markscheme (JSON). */
function describe(issue: RuleIssue, name: FieldNamer): string {
  const [head, ...rest] = issue.path.split(".");
  // A marking point's problem names its label itself, except a LaTeX problem in its text.
  if (head === "markingPoints") return `${name(rest[1] === "text" ? ["markscheme", Number(rest[0])] : ["markscheme"])}: ${issue.message}`;
  return `${name([head ?? "", ...rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p))])}: ${issue.message}`;
}
