import { z } from "zod";
import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { NotFoundError } from "@/lib/errors";
import { parseQuestionId } from "@/lib/bookmarks/toggle-bookmark";
import { getQuestionForEditor } from "@/lib/admin/content/get-question-for-editor";
import { updateQuestion } from "@/lib/admin/content/update-question";

const loadQuestion = async (id: unknown) => {
  const question = await getQuestionForEditor(parseQuestionId(id));
  if (!question) throw new NotFoundError("There is no such question.");
  return question;
};

/** A question in any status, with its markscheme. */
export const GET = route({ access: ["ADMIN"] }, ({ params }) => loadQuestion(params.id));

/**
 * Edits a question: the fields sent replace the stored ones, the rest stay, and the result must pass
 * every rule. Send `version` to refuse the edit if someone else saved in between (409).
 */
export const PATCH = route({ access: ["ADMIN"], body: z.record(z.string(), z.unknown()) }, async ({ user, body, params, request, requestId }) => {
  const current = await loadQuestion(params.id);
  const { id: _id, key: _key, courseId: _courseId, status: _status, version, ...changes } = body;
  await updateQuestion(user, { ...current, version: version ?? undefined, ...changes, id: current.id }, { ip: clientIp(request.headers), requestId });
  return loadQuestion(current.id);
});
