import { ConflictError } from "@/lib/errors";
import type { TutorMessageInput } from "@/lib/tutor/tutor-input";
import { loadNoteGrounding } from "@/lib/tutor/note-tutor-grounding";
import { noteTutorPrompt } from "@/lib/tutor/note-tutor-prompt";
import { NOTE_PRACTICE_WORDING } from "@/lib/tutor/note-tutor-wording";
import { HISTORY_MAX_TURNS } from "@/lib/tutor/tutor-prompt";
import { loadTutorHistory } from "@/lib/tutor/tutor-thread";
import { tutorModelFromEnv } from "@/lib/tutor/tutor-model";
import { modelReply, requireThreadRoom, requireTutorModel, screenedReply, type AskTutorOptions, type TutorRequest } from "@/lib/tutor/tutor-reply";

/**
 * A question to the tutor about a topic's revision note: any signed-in student may ask, since the note
 * is public. There is no question and nothing marked, so only the student's own words and "give me a
 * practice question" are answered; the marking explanations are refused (409) before any cost.
 */
export async function askTutorAboutNote(userId: string, topicId: string, input: TutorMessageInput, options: AskTutorOptions = {}): Promise<Response> {
  const model = requireTutorModel(options.model === undefined ? tutorModelFromEnv() : options.model);
  const subject = { kind: "topic", id: topicId } as const;
  const [grounding, history] = await Promise.all([loadNoteGrounding(topicId), loadTutorHistory(userId, subject, HISTORY_MAX_TURNS)]);
  if (input.intent === "why-lost-mark" || input.intent === "explain-step")
    throw new ConflictError("On a revision note there is no marked answer to explain: ask about the topic, or for a practice question.", "no_marked_answer");
  requireThreadRoom(history.count);

  const practice = input.intent === "similar-question";
  const asked = { content: input.message || (practice ? NOTE_PRACTICE_WORDING : ""), at: new Date() };
  const request: TutorRequest = { userId, subject, mode: "note", asked };
  const screened = await screenedReply(request, input.message, grounding.topic.title);
  if (screened) return screened;
  return modelReply(request, noteTutorPrompt(grounding, history.recent, asked.content, practice), model, options);
}
