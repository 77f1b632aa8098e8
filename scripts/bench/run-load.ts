import autocannon from "autocannon";
import { percentiles, type Percentiles } from "./latency-stats";

export type LoadResult = Percentiles & {
  /** Responses received in the measured window. */
  responses: number;
  rps: number;
  /** Socket errors and timeouts, plus responses the scenario does not accept (non-2xx unless told otherwise). */
  errors: number;
  socketErrors: number;
  rejected: number;
  statuses: Record<number, number>;
};

/** Whether a response counts as served; the default accepts 2xx only. */
export type AcceptResponse = (status: number, headers: autocannon.Request["headers"]) => boolean;

export type LoadOptions = {
  origin: string;
  connections: number;
  durationS: number;
  /**
   * The sequence each connection loops through. A connection's `context` lives for one pass of the
   * sequence (autocannon resets it when it starts over), which is how multi-step scenarios keep state.
   */
  requests: autocannon.Request[];
  accept?: AcceptResponse;
};

const accept2xx: AcceptResponse = (status) => status >= 200 && status < 300;

type RawRun = { times: number[]; statuses: Record<number, number>; rejected: number; socketErrors: number; durationS: number };

async function drive({ origin, connections, durationS, requests, accept = accept2xx }: LoadOptions): Promise<RawRun> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let rejected = 0;
  const checked = requests.map((r): autocannon.Request => ({
    ...r,
    onResponse: (status, body, context, headers) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!accept(status, headers)) rejected += 1;
      if (typeof r.onResponse === "function") r.onResponse(status, body, context, headers);
    },
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: origin, connections, duration: durationS, timeout: 30, requests: checked }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  return { times, statuses, rejected, socketErrors: result.errors, durationS: Math.max(result.duration, 0.001) };
}

/**
 * Drives one or more servers at once with autocannon as a library (several: instances behind a perfect
 * balancer). Latency percentiles come from every response's own time (autocannon's histogram reports
 * per-second buckets otherwise); throughput is responses ÷ run time, summed over the servers.
 */
export async function runLoads(runs: LoadOptions[]): Promise<LoadResult> {
  const raw = await Promise.all(runs.map(drive));
  const times = raw.flatMap((r) => r.times);
  const statuses: Record<number, number> = {};
  for (const r of raw) for (const [status, n] of Object.entries(r.statuses)) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
  const socketErrors = raw.reduce((n, r) => n + r.socketErrors, 0);
  const rejected = raw.reduce((n, r) => n + r.rejected, 0);
  return {
    ...percentiles(times),
    responses: times.length,
    rps: raw.reduce((sum, r) => sum + r.times.length / r.durationS, 0),
    errors: socketErrors + rejected,
    socketErrors,
    rejected,
    statuses,
  };
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return runLoads([options]);
}
