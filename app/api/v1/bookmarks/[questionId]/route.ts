import { route } from "@/lib/api/route";
import { parseQuestionId, toggleBookmark } from "@/lib/bookmarks/toggle-bookmark";

// PUT adds, DELETE removes; both idempotent, so clients can simply send the state they want.
export const PUT = route({ access: "user" }, ({ user, params }) => toggleBookmark(user.id, parseQuestionId(params.questionId), true));

export const DELETE = route({ access: "user" }, ({ user, params }) => toggleBookmark(user.id, parseQuestionId(params.questionId), false));
