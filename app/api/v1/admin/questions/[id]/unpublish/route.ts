import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { unpublishQuestion } from "@/lib/admin/content/set-question-status";

/** Takes the question back to draft: students stop seeing it. */
export const POST = route({ access: ["ADMIN"], params: z.object({ id: uuidSegment("question") }) }, ({ user, params, context }) =>
  unpublishQuestion(user, { id: params.id }, context),
);
