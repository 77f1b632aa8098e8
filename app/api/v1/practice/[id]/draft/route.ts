import { route } from "@/lib/api/route";
import { saveDraftInput, parseSessionId } from "@/lib/practice/practice-input";
import { saveDraft } from "@/lib/practice/save-draft";

export const PUT = route({ access: "user", body: saveDraftInput }, ({ user, params, body }) =>
  saveDraft(user.id, parseSessionId(params.id), body.questionId, body.answer));
