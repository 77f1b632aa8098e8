import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { parseQuestionId } from "@/lib/bookmarks/toggle-bookmark";
import { publishQuestion } from "@/lib/admin/content/set-question-status";

/** Publishes the question (it must pass every rule): students see it on their next request. */
export const POST = route({ access: ["ADMIN"] }, ({ user, params, request, requestId }) =>
  publishQuestion(user, { id: parseQuestionId(params.id) }, { ip: clientIp(request.headers), requestId }),
);
