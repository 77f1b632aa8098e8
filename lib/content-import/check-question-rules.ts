// The rules that relate one field of a question to another. The question schema checks some of them
// too, but only once every field has the right shape, and an author fixing a file wants every problem of
// a row at once; imports also hold markschemes to a stricter standard than the seed (below).

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** Every cross-field problem of a question in the JSON import shape, as readable sentences. */
export function checkQuestionRules(raw: Loose): string[] {
  return [...checkMarkscheme(raw), ...checkOptions(raw), ...checkNumericFlags(raw)];
}

/** The flags that make the figures or the unit earn a mark need the figures or the unit to mark. */
function checkNumericFlags(raw: Loose): string[] {
  const answer = raw.type === "NUMERIC" && isObject(raw.numericAnswer) ? raw.numericAnswer : null;
  if (!answer) return [];
  const reasons: string[] = [];
  if (answer.sigFigsExact === true && answer.sigFigs === undefined) {
    reasons.push("marking the significant figures needs the number the question asks for (numeric_sig_figs, or sigFigs in JSON)");
  }
  if (answer.unitRequired === true && !(typeof answer.unit === "string" && answer.unit.trim())) {
    reasons.push("a required unit needs the unit itself (unit, or numericAnswer.unit in JSON)");
  }
  return reasons;
}

function checkMarkscheme(raw: Loose): string[] {
  if (!Array.isArray(raw.markscheme)) return [];
  const points = raw.markscheme.filter(isObject);
  const reasons: string[] = [];
  const labels = points.map((p) => (typeof p.id === "string" ? p.id : null));
  const earlier = new Set<string>();
  points.forEach((p, i) => {
    const label = labels[i] ?? null;
    for (const d of strings(p.dependsOn)) {
      if (earlier.has(d)) continue;
      if (labels.includes(d))
        reasons.push(`marking point "${label ?? i + 1}" depends on "${d}", which comes after it: a point can only depend on points listed before it`);
      else reasons.push(`marking point "${label ?? i + 1}" depends on "${d}", which is not a label in this markscheme`);
    }
    if (label === null) return;
    if (earlier.has(label)) reasons.push(`marking point label "${label}" is used more than once`);
    earlier.add(label);
  });

  const marks = points.map((p) => p.marks);
  if (typeof raw.marks === "number" && marks.every((m): m is number => typeof m === "number")) {
    const total = marks.reduce((a, b) => a + b, 0);
    // "Any three of" science markschemes (POINT) may list more marks than the question is worth, never
    // fewer; an M/A/R/B markscheme must add up exactly, or the question's mark total is a typo.
    const pointList = points.some((p) => p.kind === "POINT");
    if (pointList ? total < raw.marks : total !== raw.marks) {
      reasons.push(
        `the marking points add up to ${total} mark${total === 1 ? "" : "s"} but the question is worth ${raw.marks}` +
          (pointList ? " (a list of POINT marks may offer more marks than the question is worth, never fewer)" : ""),
      );
    }
  }
  return reasons;
}

function checkOptions(raw: Loose): string[] {
  if (raw.type !== "MCQ" || !Array.isArray(raw.options)) return [];
  const ids = raw.options
    .filter(isObject)
    .map((o) => o.id)
    .filter((id): id is string => typeof id === "string");
  const reasons: string[] = [];
  const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (repeated.length) reasons.push(`option ${repeated.map((id) => `"${id}"`).join(", ")} is listed more than once`);
  if (typeof raw.correctOptionId === "string" && !ids.includes(raw.correctOptionId)) {
    reasons.push(`the correct option "${raw.correctOptionId}" is not one of the options (${ids.join(", ") || "none"})`);
  }
  return reasons;
}
