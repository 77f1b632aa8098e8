import { route } from "@/lib/api/route";
import { getTutorThread } from "@/lib/tutor/get-tutor-thread";
import { requireTutorModel } from "@/lib/tutor/ask-tutor";
import { tutorQuestionPath } from "@/lib/tutor/tutor-input";
import { deleteTutorThread } from "@/lib/tutor/tutor-thread";

// The student's tutor thread about a question: its messages, the mode the tutor is in and today's allowance.
export const GET = route({ access: "user", params: tutorQuestionPath }, async ({ user, params }) => {
  requireTutorModel();
  return getTutorThread(user.id, { kind: "question", id: params.questionId });
});

// Deletes the thread and its messages (idempotent: deleting nothing is not an error).
export const DELETE = route({ access: "user", params: tutorQuestionPath }, async ({ user, params }) => {
  requireTutorModel();
  return { deleted: await deleteTutorThread(user.id, { kind: "question", id: params.questionId }) };
});
