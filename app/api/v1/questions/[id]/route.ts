import { route } from "@/lib/api/route";
import { NotFoundError } from "@/lib/errors";
import { parseQuestionId } from "@/lib/bookmarks/toggle-bookmark";
import { getQuestionForStudent } from "@/lib/questions/list-questions";

export const GET = route({ access: "user" }, async ({ user, params }) => {
  const question = await getQuestionForStudent(user.id, parseQuestionId(params.id));
  if (!question) throw new NotFoundError("There is no such published question.");
  return question;
});
