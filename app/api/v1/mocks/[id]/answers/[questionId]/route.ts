import { route } from "@/lib/api/route";
import { mockAnswerPath, saveMockAnswerBody } from "@/lib/mocks/mock-input";
import { saveMockDraft } from "@/lib/mocks/save-mock-draft";

/** Autosaves one answer (`{ answer }`, or `{ answer: null }` to clear it); 409 `time_up` after the deadline. */
export const PUT = route({ access: "user", body: saveMockAnswerBody, params: mockAnswerPath }, async ({ user, params, body }) =>
  saveMockDraft(user.id, params.id, params.questionId, body.answer),
);
