import { z } from "zod";

/** A marker's placing of an answer on markbands, as a request body carries it: one entry per criterion. */
export const bandAwardsInput = z
  .array(
    z.object({
      criterion: z.string().regex(/^[A-Za-z0-9]{1,4}$/, "Criteria are named like A or B."),
      level: z.number().int().min(0).max(10),
      marks: z.number().int().min(0).max(30),
    }),
  )
  .min(1)
  .max(6, "A question has at most 6 markband criteria.");
