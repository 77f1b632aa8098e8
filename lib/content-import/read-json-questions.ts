import { BadRequestError } from "@/lib/errors";
import type { FieldNamer, ImportCandidate } from "@/lib/content-import/import-candidate";

/** A JSON import file: an array of question objects (FORMAT.md). */
export function readJsonQuestions(text: string): ImportCandidate[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadRequestError(`The file is not valid JSON: ${(err as Error).message}`, undefined, "invalid_import_file");
  }
  if (!Array.isArray(data))
    throw new BadRequestError("The JSON file must contain an array of questions: [ { ... }, { ... } ].", undefined, "invalid_import_file");
  return data.map((item, i) => {
    const row = i + 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      return { row, raw: {}, problems: [{ field: "row", message: "each item of the array must be a question object { ... }" }] };
    }
    const raw = item as Record<string, unknown>;
    const problems: ImportCandidate["problems"] = [];
    // Seed files place a question by levels + topicCode; an import names one course, so say so plainly.
    if ("levels" in raw) problems.push({ field: "levels", message: 'levels is not used in imports: name one course (e.g. "math-aa-sl") in course' });
    if ("topicCode" in raw) problems.push({ field: "topicCode", message: "topicCode is not used in imports: put the syllabus code in topic" });
    return { row, raw, problems };
  });
}

/** `markscheme[1].marks` */
export const jsonFieldName: FieldNamer = (path) =>
  path.reduce<string>((name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), "");
