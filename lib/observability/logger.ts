import pino from "pino";
import { env } from "@/lib/env";

/** Structured JSON logs on stdout; one line per event, ready for any log shipper. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "ib-revise" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
