import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { parseQuestionId } from "@/lib/bookmarks/toggle-bookmark";
import { archiveQuestion } from "@/lib/admin/content/set-question-status";

/** Archives the question: gone for students, history kept. */
export const POST = route({ access: ["ADMIN"] }, ({ user, params, request, requestId }) =>
  archiveQuestion(user, { id: parseQuestionId(params.id) }, { ip: clientIp(request.headers), requestId }),
);
