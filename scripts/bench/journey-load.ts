import { createHttpClient } from "./http-client";
import { percentiles, type Percentiles } from "./latency-stats";
import { JOURNEY_STEPS, JourneyFailed, runStudentJourney, type JourneyStep, type JourneyStudent } from "./student-journey";

export type StepStats = Percentiles & { requests: number; errors: number };
export type JourneyLoadResult = {
  students: number;
  /** From the first request until the last journey in progress at the deadline finished. */
  elapsedS: number;
  /** Journeys finished in the window, and how long a whole journey took. */
  journeys: Percentiles & { completed: number; failed: number };
  /** Every request of every step together. */
  overall: Percentiles & { requests: number; rps: number; errors: number };
  steps: Record<JourneyStep, StepStats>;
  /** Why journeys failed, with how often ("practice: answer answered 500" → 12). */
  failures: Record<string, number>;
};

/**
 * `concurrency` students go through the journey back to back, with no think time, for `durationS`
 * (a closed loop: the offered load is whatever the server lets through); a journey under way at the
 * deadline is finished, so every worker completes at least one. Each pass takes the next student, so a
 * student is never in two journeys at once while there are more students than workers.
 */
export async function runJourneyLoad(origin: string, students: JourneyStudent[], concurrency: number, durationS: number): Promise<JourneyLoadResult> {
  const client = createHttpClient(origin, concurrency);
  const times = Object.fromEntries(JOURNEY_STEPS.map((s) => [s, [] as number[]])) as Record<JourneyStep, number[]>;
  const errors = Object.fromEntries(JOURNEY_STEPS.map((s) => [s, 0])) as Record<JourneyStep, number>;
  const journeyTimes: number[] = [];
  const failures: Record<string, number> = {};
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationS * 1000;

  async function worker() {
    while (performance.now() < deadline) {
      const student = students[next++ % students.length]!;
      const journeyStarted = performance.now();
      try {
        await runStudentJourney(async (step, request) => {
          const reply = await client.send(request).catch((err: Error) => {
            throw new JourneyFailed(step, 0, err.message);
          });
          times[step].push(reply.ms);
          return reply;
        }, student);
        journeyTimes.push(performance.now() - journeyStarted);
      } catch (err) {
        failed += 1;
        if (err instanceof JourneyFailed) errors[err.step] += 1;
        const message = (err as Error).message;
        failures[message] = (failures[message] ?? 0) + 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  client.close();

  const all = JOURNEY_STEPS.flatMap((s) => times[s]);
  const steps = Object.fromEntries(JOURNEY_STEPS.map((s) => [s, { ...percentiles(times[s]), requests: times[s].length, errors: errors[s] }])) as Record<
    JourneyStep,
    StepStats
  >;
  return {
    students: concurrency,
    elapsedS,
    journeys: { ...percentiles(journeyTimes), completed: journeyTimes.length, failed },
    overall: { ...percentiles(all), requests: all.length, rps: all.length / elapsedS, errors: JOURNEY_STEPS.reduce((n, s) => n + errors[s], 0) },
    steps,
    failures,
  };
}
