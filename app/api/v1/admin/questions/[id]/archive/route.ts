import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { archiveQuestion } from "@/lib/admin/content/set-question-status";

/** Archives the question: gone for students, history kept. */
export const POST = route({ access: ["ADMIN"], params: z.object({ id: uuidSegment("question") }) }, ({ user, params, context }) =>
  archiveQuestion(user, { id: params.id }, context),
);
