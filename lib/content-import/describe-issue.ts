import type { z } from "zod";
import type { FieldNamer } from "@/lib/content-import/import-candidate";

const neededBy: Record<string, string> = { options: "MCQ", correctOptionId: "MCQ", numericAnswer: "NUMERIC" };

/** Turns a schema issue into a sentence that names the field as the file does. */
export function describeIssue(issue: z.core.$ZodIssue, name: FieldNamer, raw: Record<string, unknown>): string {
  const field = name(issue.path);
  const head = String(issue.path[0] ?? "");
  const value = valueAt(raw, issue.path);
  const shown = typeof value === "string" || typeof value === "number" ? ` "${value}"` : "";

  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `${field} is required${neededBy[head] ? ` for ${neededBy[head]} questions` : ""}`;
      return `${field} must be ${article(issue.expected)}${shown ? ` (got${shown})` : ""}`;
    case "invalid_union":
      if (head === "type") return `type${shown} must be MCQ, NUMERIC or WRITTEN (or NOTE for a topic's revision note)`;
      return `${field}: ${issue.message}`;
    case "invalid_value":
      if (head === "commandTerm") return `command term${shown} is not an IB command term (the import format lists them)`;
      return `${field}${shown} must be one of ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      if (head === "key" && issue.path.length === 1)
        return `key${shown} must be lower-case letters and digits joined by hyphens, e.g. "aa-sl-sequences-01", at most 120 characters`;
      if (head === "markscheme") return `${field}${shown} may use only letters, digits, "_", "." and "-" (at most 20 characters)`;
      return `${field}${shown} has the wrong format`;
    case "too_small":
      return `${field} ${bound("at least", issue.origin, issue.minimum)}`;
    case "too_big":
      return `${field} ${bound("at most", issue.origin, issue.maximum)}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

function bound(which: string, origin: string, limit: number | bigint): string {
  if (origin === "string") return Number(limit) === 1 && which === "at least" ? "must not be empty" : `must be ${which} ${limit} characters long`;
  if (origin === "array") return `needs ${which} ${limit} item${Number(limit) === 1 ? "" : "s"}`;
  return `must be ${which} ${limit}`;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const part of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}
