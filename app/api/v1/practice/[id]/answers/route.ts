import { route } from "@/lib/api/route";
import { parseSessionId, submitAnswerInput } from "@/lib/practice/practice-input";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";

export const POST = route({ access: "user", body: submitAnswerInput }, ({ user, params, body }) =>
  submitPracticeAnswer(user.id, parseSessionId(params.id), body.questionId, body.answer, body.timeSpentMs));
