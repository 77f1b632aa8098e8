import { z } from "zod";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's search params read field by field against `shape`: an invalid value (a bad `?page=` or
 * `?tab=`) falls back to its field's default and is named in `invalid`, while the other fields still
 * apply, so one mistyped value neither fails the page nor throws away the rest of the admin's search.
 * Empty values (a GET form's untouched fields) and repeated keys' later values are ignored.
 */
export function parseSearchParams<S extends z.ZodRawShape>(shape: S, params: SearchParams): { query: z.infer<z.ZodObject<S>>; invalid: string[] } {
  const invalid: string[] = [];
  const picked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = (field as z.ZodType).safeParse(value);
    if (parsed.success) picked[key] = parsed.data;
    else invalid.push(key);
  }
  return { query: z.object(shape).parse(picked), invalid };
}
