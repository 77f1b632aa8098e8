import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { createRedisClient } from "@/lib/redis/redis-client";

export const uniqueKey = (label = "k") => `${label}-${randomUUID()}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client pointed at a port nothing listens on: every command fails, as in a Redis outage. */
export async function unreachableRedis() {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });
  return createRedisClient(`redis://127.0.0.1:${port}`, { commandTimeoutMs: 100 });
}
