import { BadRequestError, ConflictError } from "@/lib/errors";
import { afterMarkingIntents, type TutorMessageInput } from "@/lib/tutor/tutor-input";
import { loadTutorQuestion } from "@/lib/tutor/load-tutor-grounding";
import { HISTORY_MAX_TURNS, intentWording, tutorPrompt } from "@/lib/tutor/tutor-prompt";
import type { TutorGrounding } from "@/lib/tutor/tutor-grounding";
import { stepWording, workedSolutionSteps, type NamedStep } from "@/lib/tutor/worked-solution-steps";
import { loadTutorHistory } from "@/lib/tutor/tutor-thread";
import { tutorModelFromEnv } from "@/lib/tutor/tutor-model";
import { similarVariantReply } from "@/lib/tutor/similar-variant";
import { fixedReply, modelReply, requireThreadRoom, requireTutorModel, screenedReply, type AskTutorOptions, type TutorRequest } from "@/lib/tutor/tutor-reply";

export { requireTutorModel, type AskTutorOptions } from "@/lib/tutor/tutor-reply";

/**
 * One question from a student to the tutor about one question, answered as a UI message stream. In
 * order, with every refusal before any cost: the question must be visible to the student, the mode is
 * decided here (not by the client), the thread must have room, the allowance must cover the worst case.
 * Context is read before the model is called and the exchange written after it ends, so no database
 * connection is held while tokens stream. "Give me a similar question" on a generated question answers
 * with a variant from its generator, and a request the server screens out (screen-tutor-message.ts) with
 * its fixed reply, both without the model.
 */
export async function askTutor(userId: string, questionId: string, input: TutorMessageInput, options: AskTutorOptions = {}): Promise<Response> {
  const model = requireTutorModel(options.model === undefined ? tutorModelFromEnv() : options.model);
  const subject = { kind: "question", id: questionId } as const;
  const [{ grounding, family }, history] = await Promise.all([loadTutorQuestion(userId, questionId), loadTutorHistory(userId, subject, HISTORY_MAX_TURNS)]);
  if (grounding.mode === "hint" && afterMarkingIntents.includes(input.intent))
    throw new ConflictError(
      "Answer the question first: the tutor explains marks and steps once your answer is marked. Until then it gives hints.",
      "needs_marking",
    );
  requireThreadRoom(history.count);

  const step = namedStep(grounding, input.step);
  const asked = { content: input.message || (step ? stepWording(step.number) : input.intent === "ask" ? "" : intentWording[input.intent]), at: new Date() };
  const request: TutorRequest = { userId, subject, mode: grounding.mode, asked };
  const screened = await screenedReply(request, input.message, grounding.question.topic.title);
  if (screened) return screened;
  if (input.intent === "similar-question") {
    const variant = similarVariantReply(family);
    if (variant) return fixedReply(request, variant.text, [variant.chunk]);
  }
  return modelReply(request, tutorPrompt(grounding, history.recent, asked.content, input.intent, step), model, options);
}

/** The step the student named, from the worked solution they were shown after marking (400 if it has no such step). */
function namedStep(grounding: TutorGrounding, number: number | undefined): NamedStep | undefined {
  if (number === undefined || grounding.mode !== "after-marking") return undefined;
  const steps = workedSolutionSteps(grounding.marked.workedSolution);
  const text = steps[number - 1];
  if (!text)
    throw new BadRequestError(`The worked solution has ${steps.length} ${steps.length === 1 ? "step" : "steps"}: pick one of them.`, undefined, "unknown_step");
  return { number, text };
}
