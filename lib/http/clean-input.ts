import { BadRequestError } from "@/lib/errors";

/**
 * Text PostgreSQL cannot store: a NUL character (text columns refuse it) or a lone UTF-16 surrogate (not
 * Unicode at all; the driver cannot encode it). Refused at the edge with a 400 instead of failing as a
 * 500 deep inside a write.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

function findUnstorable(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    if (!isStorableText(key)) return path;
    const found = findUnstorable(child, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export const unstorableTextError = (where = "input") =>
  new BadRequestError(`Invalid ${where}: contains a character that is not allowed (NUL or a broken Unicode sequence).`, undefined, "invalid_characters");

/** Throws a 400 naming the first field (in a body, query or path) that holds text that cannot be stored. */
export function assertStorableInput(value: unknown, where: string): void {
  const path = findUnstorable(value, "");
  if (path === null) return;
  throw unstorableTextError(path ? `${where}: ${path}` : where);
}
