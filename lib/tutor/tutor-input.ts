import { z } from "zod";
import { uuidSegment } from "@/lib/http/path-params";
import { MAX_STEPS } from "@/lib/tutor/worked-solution-steps";

export const TUTOR_MESSAGE_MAX_CHARS = 2_000;

/**
 * What the student asks for. "ask": their own words. The other three are the panel's buttons after
 * marking; "similar-question" is also allowed before (a variant carries no answer).
 */
export const tutorIntents = ["ask", "why-lost-mark", "explain-step", "similar-question"] as const;
export type TutorIntent = (typeof tutorIntents)[number];

/** Intents that explain the marking, so they need it: refused in hint mode. */
export const afterMarkingIntents: readonly TutorIntent[] = ["why-lost-mark", "explain-step"];

export const tutorQuestionPath = z.object({ questionId: uuidSegment("question") });
export const tutorTopicPath = z.object({ topicId: uuidSegment("topic") });

export const tutorMessageInput = z
  .object({
    message: z.string().trim().max(TUTOR_MESSAGE_MAX_CHARS, `Keep your message under ${TUTOR_MESSAGE_MAX_CHARS} characters.`).default(""),
    intent: z.enum(tutorIntents).default("ask"),
    /** "Explain this step": which step of the worked solution, counted from 1 (see worked-solution-steps.ts). */
    step: z.number().int().min(1).max(MAX_STEPS).optional(),
  })
  // The buttons may come without words; a question in the student's own words may not be empty.
  .refine((v) => v.intent !== "ask" || v.message.length > 0, { path: ["message"], message: "Write your question for the tutor." })
  .refine((v) => v.step === undefined || v.intent === "explain-step", { path: ["step"], message: "A step can only be named when asking to explain a step." });

export type TutorMessageInput = z.output<typeof tutorMessageInput>;
