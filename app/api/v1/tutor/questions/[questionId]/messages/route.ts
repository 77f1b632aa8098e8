import { route } from "@/lib/api/route";
import { askTutor } from "@/lib/tutor/ask-tutor";
import { tutorMessageInput, tutorQuestionPath } from "@/lib/tutor/tutor-input";

// A question to the tutor about a question: the answer streams back as an AI SDK UI message stream (SSE).
// Refusals (not found, needs marking, allowance used up, provider down) are JSON errors before any stream.
export const POST = route({ access: "user", params: tutorQuestionPath, body: tutorMessageInput }, ({ user, params, body, request }) =>
  askTutor(user.id, params.questionId, body, { signal: request.signal }),
);
