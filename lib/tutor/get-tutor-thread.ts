import { afterMarkingIntents, tutorIntents, type TutorIntent } from "@/lib/tutor/tutor-input";
import type { TutorMode } from "@/lib/tutor/tutor-grounding";
import { loadTutorQuestion } from "@/lib/tutor/load-tutor-grounding";
import { loadNoteGrounding } from "@/lib/tutor/note-tutor-grounding";
import { tutorAllowanceStatus, type AllowanceStatus } from "@/lib/tutor/tutor-allowance";
import { listTutorMessages, type TutorMessageView } from "@/lib/tutor/tutor-thread";
import type { TutorSubject } from "@/lib/tutor/tutor-subject";
import { workedSolutionSteps } from "@/lib/tutor/worked-solution-steps";

export type TutorThreadView = {
  mode: TutorMode;
  /** What the panel may offer now: the marking explanations only after marking, never on a note. */
  intents: TutorIntent[];
  messages: TutorMessageView[];
  /**
   * The worked solution's steps, for "Explain this step" to name one. Empty before marking (the student
   * has not seen the solution, and the panel must not show it to them) and on a note.
   */
  steps: string[];
  /** Today's use of the student's allowance; null when it cannot be read right now. */
  allowance: AllowanceStatus | null;
};

/** The panel's state for a question the student can see, or a topic with a published note (404 otherwise, as for asking). */
export async function getTutorThread(userId: string, subject: TutorSubject): Promise<TutorThreadView> {
  const [about, messages, allowance] = await Promise.all([
    subject.kind === "question" ? loadTutorQuestion(userId, subject.id).then((q) => q.grounding) : loadNoteGrounding(subject.id).then(() => null),
    listTutorMessages(userId, subject),
    tutorAllowanceStatus(userId),
  ]);
  if (!about) return { mode: "note", intents: ["ask", "similar-question"], messages, steps: [], allowance };
  const intents = tutorIntents.filter((i) => about.mode === "after-marking" || !afterMarkingIntents.includes(i));
  const steps = about.mode === "after-marking" ? workedSolutionSteps(about.marked.workedSolution) : [];
  return { mode: about.mode, intents, messages, steps, allowance };
}
