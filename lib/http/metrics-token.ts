import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Digests have one length whatever was sent (any characters, any length), so the comparison neither
// throws nor tells the token's length by its timing.
const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether the request carries `Authorization: Bearer <METRICS_TOKEN>` (never true when it is unset). */
export function hasMetricsToken(request: Request): boolean {
  if (!env.METRICS_TOKEN) return false;
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  return timingSafeEqual(digest(given), digest(env.METRICS_TOKEN));
}
