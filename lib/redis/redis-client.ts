import { Redis } from "ioredis";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

export type RedisClient = Redis;

/**
 * A client tuned for a cache that must never take the app down with it: every command gives up after
 * `commandTimeoutMs`, and the client keeps reconnecting in the background. Commands issued while the
 * first connection is being made wait for it (bounded by the timeout); once a connection is lost,
 * callers should skip Redis until it is back (see `isRedisUsable`) rather than queue behind it.
 */
export function createRedisClient(url: string, options: { keyPrefix?: string; commandTimeoutMs?: number } = {}): Redis {
  const client = new Redis(url, {
    keyPrefix: options.keyPrefix ?? "",
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let down = false;
  client.on("error", (err: Error) => {
    // ioredis emits an error on every failed reconnect; log the transition, not each retry.
    if (!down) logger.warn({ err: err.message }, "redis connection error");
    down = true;
  });
  client.on("ready", () => {
    if (down) logger.info("redis connection restored");
    down = false;
  });
  return client;
}

/** False while the client is reconnecting or closed: waiting would only add the timeout to every request. */
export function isRedisUsable(client: Redis): boolean {
  return client.status === "ready" || client.status === "connect" || client.status === "connecting" || client.status === "wait";
}

const globalForRedis = globalThis as unknown as { ibReviseRedis?: Redis };

/** The app's one Redis connection (commands are pipelined over it; no pool is needed). */
export const redis: Redis = (globalForRedis.ibReviseRedis ??= createRedisClient(env.REDIS_URL, {
  keyPrefix: env.REDIS_KEY_PREFIX,
  commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
}));
