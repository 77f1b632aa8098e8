import { createRedisClient } from "@/lib/redis/redis-client";

export type KeyFootprint = { kind: string; pattern: string; keys: number; sampled: number; avgBytes: number };

const KINDS = [
  { kind: "session (session:<sid>)", suffix: "session:*" },
  { kind: "session index (user-sessions:<uid>)", suffix: "user-sessions:*" },
  { kind: "cached dashboard (dashboard:v4:<uid>)", suffix: "dashboard:v4:*" },
  { kind: "API rate-limit counter (rl:api:user:<uid>, 60 s)", suffix: "rl:api:user*" },
];

/**
 * Bytes per key as Redis itself accounts them (MEMORY USAGE: value, key and overhead), averaged over
 * up to `sample` keys of each kind; what the cost model multiplies by the number of students.
 */
export async function redisFootprint(redisUrl: string, keyPrefix: string, sample = 200): Promise<KeyFootprint[]> {
  // No key prefix on this client: SCAN and MEMORY USAGE take full key names.
  const redis = createRedisClient(redisUrl);
  try {
    const out: KeyFootprint[] = [];
    for (const { kind, suffix } of KINDS) {
      const pattern = `${keyPrefix}${suffix}`;
      let cursor = "0";
      let keys = 0;
      const sampled: string[] = [];
      do {
        const [nextCursor, batch] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
        cursor = nextCursor;
        keys += batch.length;
        for (const k of batch) if (sampled.length < sample) sampled.push(k);
      } while (cursor !== "0");
      const sizes = await Promise.all(sampled.map((k) => redis.call("MEMORY", "USAGE", k, "SAMPLES", "0") as Promise<number | null>));
      const known = sizes.filter((s): s is number => typeof s === "number");
      out.push({ kind, pattern, keys, sampled: known.length, avgBytes: known.length ? known.reduce((a, b) => a + b, 0) / known.length : 0 });
    }
    return out;
  } finally {
    redis.disconnect();
  }
}
