import { route } from "@/lib/api/route";
import { clientIp } from "@/lib/http/client-ip";
import { parseQuestionId } from "@/lib/bookmarks/toggle-bookmark";
import { unpublishQuestion } from "@/lib/admin/content/set-question-status";

/** Takes the question back to draft: students stop seeing it. */
export const POST = route({ access: ["ADMIN"] }, ({ user, params, request, requestId }) =>
  unpublishQuestion(user, { id: parseQuestionId(params.id) }, { ip: clientIp(request.headers), requestId }),
);
