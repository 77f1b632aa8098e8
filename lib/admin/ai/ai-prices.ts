import { env } from "@/lib/env";

/** Price of a million tokens in and out; the same currency as the environment's figures. */
export type ModelPrice = { model: string; in: number; out: number };

export type AiPrices = { defaults: { in: number; out: number }; models: ModelPrice[] };

export const aiPricesFromEnv = (): AiPrices => ({
  defaults: { in: env.AI_PRICE_PER_MTOK_IN, out: env.AI_PRICE_PER_MTOK_OUT },
  models: env.AI_MODEL_PRICES,
});
