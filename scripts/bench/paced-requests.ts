import type { HttpClient, HttpRequest } from "./http-client";

export type PacedResult = { latencies: number[]; errors: string[] };

/**
 * Sends `request` every `intervalMs` (one at a time: a slow answer delays the next, as a person waiting
 * would) until stopped; each latency is one request's own time. What an unrelated user sees meanwhile.
 */
export function sendAtPace(client: HttpClient, request: HttpRequest, intervalMs: number) {
  const result: PacedResult = { latencies: [], errors: [] };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await client.send(request);
        if (res.status === 200) result.latencies.push(res.ms);
        else result.errors.push(`${res.status} ${res.body.slice(0, 120)}`);
      } catch (err) {
        result.errors.push(err instanceof Error ? err.message : String(err));
      }
      await new Promise((r) => setTimeout(r, Math.max(0, intervalMs - (performance.now() - started))));
    }
  })();
  return {
    async stop(): Promise<PacedResult> {
      running = false;
      await loop;
      return result;
    },
  };
}
