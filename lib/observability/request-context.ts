import { AsyncLocalStorage } from "node:async_hooks";
import { trace } from "@opentelemetry/api";

// The request id of the route-handler request being served, for code far from the handler: log lines
// (the logger's mixin), inline jobs the request starts (after() keeps this context) and the trace span.
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  // Links the trace to the logs when tracing is on (a no-op without an OpenTelemetry SDK).
  trace.getActiveSpan()?.setAttribute("http.request.id", requestId);
  return storage.run({ requestId }, work);
}

/** The id of the request this code runs for, or undefined outside a route handler. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
