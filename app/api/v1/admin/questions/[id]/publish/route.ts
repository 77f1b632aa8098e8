import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { publishQuestion } from "@/lib/admin/content/set-question-status";

/** Publishes the question (it must pass every rule): students see it on their next request. */
export const POST = route({ access: ["ADMIN"], params: z.object({ id: uuidSegment("question") }) }, ({ user, params, context }) =>
  publishQuestion(user, { id: params.id }, context),
);
