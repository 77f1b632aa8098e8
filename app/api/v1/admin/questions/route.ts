import { route } from "@/lib/api/route";
import { createQuestion, createQuestionInput } from "@/lib/admin/content/create-question";
import { getQuestionForEditor } from "@/lib/admin/content/get-question-for-editor";
import { adminQuestionQuery, listAdminQuestions } from "@/lib/admin/content/list-admin-questions";

/** A course's questions in every status: ?course=<id>&topic=&status=&type=&q=&cursor=&limit= */
export const GET = route({ access: ["ADMIN"], query: adminQuestionQuery }, ({ query }) => listAdminQuestions(query));

/** Creates a draft question; answers 201 with the question as the editor shows it. */
export const POST = route({ access: ["ADMIN"], body: createQuestionInput }, async ({ user, body, requestId, context }) => {
  const { id } = await createQuestion(user, body, context);
  return Response.json(await getQuestionForEditor(id), { status: 201, headers: { "x-request-id": requestId, "cache-control": "private, no-store" } });
});
