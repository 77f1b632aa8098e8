import { route } from "@/lib/api/route";
import { practiceSetPath, saveDraftInput } from "@/lib/practice/practice-input";
import { saveDraft } from "@/lib/practice/save-draft";

export const PUT = route({ access: "user", body: saveDraftInput, params: practiceSetPath }, ({ user, params, body }) =>
  saveDraft(user.id, params.id, body.questionId, body.answer),
);
