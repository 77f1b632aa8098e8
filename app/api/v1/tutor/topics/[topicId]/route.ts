import { route } from "@/lib/api/route";
import { getTutorThread } from "@/lib/tutor/get-tutor-thread";
import { requireTutorModel } from "@/lib/tutor/ask-tutor";
import { tutorTopicPath } from "@/lib/tutor/tutor-input";
import { deleteTutorThread } from "@/lib/tutor/tutor-thread";

// The student's tutor thread about a topic's revision note: its messages and today's allowance.
export const GET = route({ access: "user", params: tutorTopicPath }, async ({ user, params }) => {
  requireTutorModel();
  return getTutorThread(user.id, { kind: "topic", id: params.topicId });
});

// Deletes the thread and its messages (idempotent: deleting nothing is not an error).
export const DELETE = route({ access: "user", params: tutorTopicPath }, async ({ user, params }) => {
  requireTutorModel();
  return { deleted: await deleteTutorThread(user.id, { kind: "topic", id: params.topicId }) };
});
