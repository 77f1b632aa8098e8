import type { ModelMessage } from "ai";
import type { NoteGrounding } from "@/lib/tutor/note-tutor-grounding";
import { quoteStudentText } from "@/lib/tutor/quote-student-text";
import { FORMAT_RULE, STUDENT_TEXT_RULE, historyMessages, scopeRule, type TutorTurn } from "@/lib/tutor/tutor-prompt";

const PRACTICE_TASK =
  "Task: write one new exam-style question on this topic (an IB command term, the marks in brackets), at the level of the note. Do not give its answer or solution; offer a hint if they ask, and check their answer if they send one.";

/** The system prompt and messages for a question to the tutor about a topic's revision note. */
export function noteTutorPrompt(
  grounding: NoteGrounding,
  history: TutorTurn[],
  message: string,
  practice: boolean,
): { system: string; messages: ModelMessage[] } {
  const system = [
    `You are a patient tutor helping one IB Diploma student revise ${grounding.course}, topic ${grounding.topic.code} ${grounding.topic.title}, while they read the revision note below.`,
    FORMAT_RULE,
    scopeRule("this topic", "the topic"),
    STUDENT_TEXT_RULE,
    "Explain ideas from the note in other words and with examples, answer questions about the topic at the level of the IB syllabus, and point out the common mistakes. Where the note is silent, say so rather than invent syllabus content.",
    "",
    "<note>",
    grounding.note,
    "</note>",
  ].join("\n");
  const latest = [quoteStudentText("student_message", message), ...(practice ? [PRACTICE_TASK] : [])].join("\n\n");
  return { system, messages: [...historyMessages(history), { role: "user", content: latest }] };
}
