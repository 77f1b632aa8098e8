import pino from "pino";
import { env } from "@/lib/env";
import { currentRequestId } from "@/lib/observability/request-context";

/** Structured JSON logs on stdout; one line per event, ready for any log shipper. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "ib-revise" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Every line logged while serving a route-handler request carries its id (also from code that was not
  // handed it: domain functions, inline jobs started by the request). An explicit requestId wins.
  mixin: () => {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
});
