import { route } from "@/lib/api/route";
import { practiceSetPath, submitAnswerInput } from "@/lib/practice/practice-input";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";

export const POST = route({ access: "user", body: submitAnswerInput, params: practiceSetPath }, ({ user, params, body }) =>
  submitPracticeAnswer(user.id, params.id, body.questionId, body.answer, body.timeSpentMs),
);
