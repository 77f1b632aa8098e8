import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { NotFoundError } from "@/lib/errors";
import { getQuestionForStudent } from "@/lib/questions/list-questions";

export const GET = route({ access: "user", params: z.object({ id: uuidSegment("question") }) }, async ({ user, params }) => {
  const question = await getQuestionForStudent(user.id, params.id);
  if (!question) throw new NotFoundError("There is no such published question.");
  return question;
});
