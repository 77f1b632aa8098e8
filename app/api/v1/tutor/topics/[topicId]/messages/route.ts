import { route } from "@/lib/api/route";
import { askTutorAboutNote } from "@/lib/tutor/ask-tutor-about-note";
import { tutorMessageInput, tutorTopicPath } from "@/lib/tutor/tutor-input";

// A question to the tutor about a topic's revision note, answered as an AI SDK UI message stream (SSE).
// Refusals (no published note, allowance used up, provider down) are JSON errors before any stream.
export const POST = route({ access: "user", params: tutorTopicPath, body: tutorMessageInput }, ({ user, params, body, request }) =>
  askTutorAboutNote(user.id, params.topicId, body, { signal: request.signal }),
);
