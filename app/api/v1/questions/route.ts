import { route } from "@/lib/api/route";
import { listQuestions } from "@/lib/questions/list-questions";
import { parseQuestionQuery } from "@/lib/questions/question-filters";

// The query is parsed here rather than by route({ query }): `difficulty` may repeat, which a flat object loses.
export const GET = route({ access: "user" }, ({ request, user }) => {
  const { filters, page } = parseQuestionQuery(new URL(request.url).searchParams);
  return listQuestions(user.id, filters, page);
});
