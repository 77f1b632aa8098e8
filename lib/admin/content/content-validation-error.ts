import type { z } from "zod";
import { BadRequestError } from "@/lib/errors";

/** One problem with one field; `path` is dotted ("markingPoints.2.marks"), as form field names are. */
export type FieldIssue = { path: string; message: string };

/**
 * Input an admin can fix: a 400 whose details list every field with its problem, in the shape the route
 * wrapper uses for schema errors (`{ issues: [{ path, message }] }`), so clients handle both alike.
 */
export class ContentValidationError extends BadRequestError {
  constructor(readonly issues: FieldIssue[]) {
    const first = issues[0];
    super(first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "The content is not valid.", { issues }, "validation_failed");
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** Parses admin input with its schema, turning every problem into a field issue. */
export function parseContentInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ContentValidationError(issuesFromZod(parsed.error));
  return parsed.data;
}

/** Throws when there is anything to report; otherwise does nothing. */
export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new ContentValidationError(issues);
}
