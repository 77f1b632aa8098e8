import pLimit from "p-limit";
import { env } from "@/lib/env";
import { ServiceUnavailableError } from "@/lib/errors";

/**
 * A gate for argon2 work. Each hash takes one core for ~30 ms, so an unauthenticated flood of sign-ins,
 * sign-ups or resets could otherwise take every core and starve all other requests. At most `concurrency`
 * run at once per instance, at most `queue` wait, and the rest are refused with 503 + Retry-After before
 * any work is done.
 */
export function createPasswordWorkGate({ concurrency, queue }: { concurrency: number; queue: number }) {
  const limit = pLimit(concurrency);
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      if (limit.activeCount >= concurrency && limit.pendingCount >= queue) {
        return Promise.reject(new ServiceUnavailableError(1, "Too many sign-in requests right now. Please try again in a moment."));
      }
      return limit(work);
    },
    get activeCount() {
      return limit.activeCount;
    },
    get pendingCount() {
      return limit.pendingCount;
    },
  };
}

export type PasswordWorkGate = ReturnType<typeof createPasswordWorkGate>;

export const passwordWork = createPasswordWorkGate({ concurrency: env.PASSWORD_HASH_CONCURRENCY, queue: env.PASSWORD_HASH_QUEUE });
