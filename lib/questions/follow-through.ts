import { z } from "zod";

// Follow-through (FT) as IB markschemes use it: a later part earns its marks for a value that is right for
// the student's own (wrong) answer to an earlier part. Pure schema, because the editor's bundle loads the
// question schema; the arithmetic is follow-through-value.ts's, on the server.

/** A part's label as the paper prints it: "a", "b", "b(i)", "c(iii)". */
export const partLabel = z.string().regex(/^[a-h](\((?:i|ii|iii|iv|v|vi)\))?$/, 'is a part label such as "a", "b" or "b(ii)"');

/** The name an earlier part's value has in an FT expression: "a" is a, "b(ii)" is b_ii. */
export const partVariable = (label: string) => label.replace(/\((\w+)\)$/, "_$1");

export const followThroughInput = z.object({
  /** The earlier parts whose values this part's answer is worked out from. */
  from: z.array(partLabel).min(1).max(6),
  /** This part's answer from their values (mathjs syntax, parts named by partVariable): "2 * a + b_i". */
  value: z.string().min(1).max(300),
});
export type FollowThrough = z.infer<typeof followThroughInput>;
