import { z } from "zod";
import { route } from "@/lib/api/route";
import { practiceSetPath } from "@/lib/practice/practice-input";
import { getPracticeState } from "@/lib/practice/get-practice-state";

const stateQuery = z.object({ q: z.coerce.number().int().min(0).max(1000).optional() });

export const GET = route({ access: "user", query: stateQuery, params: practiceSetPath }, ({ user, params, query }) =>
  getPracticeState(user.id, params.id, query.q),
);
