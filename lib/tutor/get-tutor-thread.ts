import { afterMarkingIntents, tutorIntents, type TutorIntent } from "@/lib/tutor/tutor-input";
import type { TutorMode } from "@/lib/tutor/tutor-grounding";
import { loadTutorQuestion } from "@/lib/tutor/load-tutor-grounding";
import { tutorAllowanceStatus, type AllowanceStatus } from "@/lib/tutor/tutor-allowance";
import { listTutorMessages, type TutorMessageView } from "@/lib/tutor/tutor-thread";
import { workedSolutionSteps } from "@/lib/tutor/worked-solution-steps";

export type TutorThreadView = {
  questionId: string;
  mode: TutorMode;
  /** What the panel may offer now: the marking explanations only after marking. */
  intents: TutorIntent[];
  messages: TutorMessageView[];
  /**
   * The worked solution's steps, for "Explain this step" to name one. Empty before marking: the student
   * has not seen the solution, and the panel must not show it to them.
   */
  steps: string[];
  /** Today's use of the student's allowance; null when it cannot be read right now. */
  allowance: AllowanceStatus | null;
};

/** The panel's state for a question the student can see (404 otherwise, as for asking). */
export async function getTutorThread(userId: string, questionId: string): Promise<TutorThreadView> {
  const [{ grounding }, messages, allowance] = await Promise.all([
    loadTutorQuestion(userId, questionId),
    listTutorMessages(userId, questionId),
    tutorAllowanceStatus(userId),
  ]);
  const intents = tutorIntents.filter((i) => grounding.mode === "after-marking" || !afterMarkingIntents.includes(i));
  const steps = grounding.mode === "after-marking" ? workedSolutionSteps(grounding.marked.workedSolution) : [];
  return { questionId, mode: grounding.mode, intents, messages, steps, allowance };
}
