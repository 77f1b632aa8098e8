import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import { env } from "@/lib/env";

/** A model object (never a bare id string, which the SDK would resolve through a global provider). */
export type FeedbackModel = Exclude<LanguageModel, string>;

/** Written-answer feedback is on only when a key is set; without one nothing is sent anywhere. */
export function aiFeedbackConfigured(): boolean {
  return Boolean(env.OPENAI_API_KEY);
}

/**
 * Any server speaking OpenAI's chat-completions protocol (OpenAI, vLLM, Ollama, a gateway). The chat
 * model rather than the Responses API, since that is the part of the protocol every compatible server has.
 */
export function openAiCompatibleModel({ apiKey, baseURL, modelId }: { apiKey: string; baseURL?: string; modelId: string }): FeedbackModel {
  return createOpenAI({ apiKey, baseURL }).chat(modelId);
}

/** The configured model, or null when the feature is off. */
export function feedbackModelFromEnv(): FeedbackModel | null {
  if (!env.OPENAI_API_KEY) return null;
  return openAiCompatibleModel({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, modelId: env.OPENAI_MODEL });
}
