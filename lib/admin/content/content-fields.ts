import { z } from "zod";

// Field schemas shared by the content inputs. Each accepts what a JSON client sends and what an HTML form
// posts (every value a string, unchecked boxes absent), so one schema serves handlers and server actions.

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A checkbox or a JSON boolean. */
export const formBoolean = z.preprocess(
  (v) => {
    if (typeof v === "boolean") return v;
    if (v === undefined || v === null || v === "") return false;
    if (typeof v === "string" && ["on", "true", "1", "yes"].includes(v.toLowerCase())) return true;
    if (typeof v === "string" && ["off", "false", "0", "no"].includes(v.toLowerCase())) return false;
    return v;
  },
  z.boolean({ error: "must be yes or no" }),
);

/** A whole number within bounds, typed or posted; `label` starts the messages ("Marks must be …"). */
export const wholeNumber = (min: number, max: number, label: string) => {
  const range = `${label} must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `Enter ${label.toLowerCase()}` })
      .int(range)
      .min(min, range)
      .max(max, range),
  );
};

/** An optional finite number: blank means absent. */
export const optionalNumber = z.preprocess(blankToUndefined, z.coerce.number({ error: "Enter a number" }).optional());

/** Required text, trimmed. */
export const requiredText = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, missing).max(max, `Keep it under ${max} characters`);

/** Optional text: blank means absent. */
export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `Keep it under ${max} characters`).optional());

/** An id of a row the form picked (a select's value). */
export const rowId = (what: string) => z.uuid({ error: `Choose ${what}` });

/** An optional row id: blank means none (a topic at the top of the tree). */
export const optionalRowId = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .uuid({ error: `Choose ${what}` })
      .nullable()
      .optional(),
  );

/** A list typed as "M1, A1" in a form or sent as an array. */
export const wordList = (item: z.ZodString) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v === undefined || v === null
          ? []
          : v,
    z.array(item).max(50, "At most 50 entries"),
  );

/** Stable external keys: lower-case words joined by hyphens. */
export const contentKey = z
  .string({ error: "Enter a key" })
  .trim()
  .min(1, "Enter a key")
  .max(120, "Keep the key under 120 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, e.g. physics-2-1-07");

/** An edit made on top of a version someone else has since changed is refused (see ConflictError). */
export const expectedVersion = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional());
