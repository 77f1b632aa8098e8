import { env } from "@/lib/env";

type TutorSwitches = { TUTOR_ENABLED: boolean; OPENAI_API_KEY?: string };

/**
 * Whether pages show the "Ask the tutor" button: a model is configured and the kill switch is on, the
 * same two facts that make the tutor's API answer rather than 404 (tutor-model.ts). A cheap read of the
 * environment, so a page can ask it on every render without building a model client.
 */
export function tutorAvailable(switches: TutorSwitches = env): boolean {
  return switches.TUTOR_ENABLED && Boolean(switches.OPENAI_API_KEY);
}
