import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { NotFoundError } from "@/lib/errors";
import { getQuestionForEditor } from "@/lib/admin/content/get-question-for-editor";
import { updateQuestion } from "@/lib/admin/content/update-question";

const questionPath = z.object({ id: uuidSegment("question") });

const loadQuestion = async (id: string) => {
  const question = await getQuestionForEditor(id);
  if (!question) throw new NotFoundError("There is no such question.");
  return question;
};

/** A question in any status, with its markscheme. */
export const GET = route({ access: ["ADMIN"], params: questionPath }, ({ params }) => loadQuestion(params.id));

/**
 * Edits a question: the fields sent replace the stored ones, the rest stay, and the result must pass
 * every rule. Send `version` to refuse the edit if someone else saved in between (409).
 */
export const PATCH = route({ access: ["ADMIN"], body: z.record(z.string(), z.unknown()), params: questionPath }, async ({ user, body, params, context }) => {
  const current = await loadQuestion(params.id);
  const { id: _id, key: _key, courseId: _courseId, status: _status, version, ...changes } = body;
  await updateQuestion(user, { ...current, version: version ?? undefined, ...changes, id: current.id }, context);
  return loadQuestion(current.id);
});
