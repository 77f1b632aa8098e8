import { disconnectDb } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";

/**
 * Runs a command-line script: a failure prints its message and sets a non-zero exit code, and the
 * database pools and the Redis connection are always closed so the process can exit.
 */
export function runScript(main: () => Promise<void>): void {
  main()
    .catch((err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    })
    .finally(async () => {
      await disconnectDb();
      redis.disconnect();
    });
}
