import { randomUUID } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { routeLabel } from "@/lib/http/route-label";
import { clientIp } from "@/lib/http/client-ip";
import { assertStorableInput, unstorableTextError } from "@/lib/http/clean-input";
import { JSON_BODY_LIMIT_BYTES, PayloadTooLargeError, readBodyText } from "@/lib/http/read-body";
import { AppError, BadRequestError, ForbiddenError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnsupportedMediaTypeError } from "@/lib/errors";
import { isConnectionError } from "@/lib/db/is-connection-error";
import { isOverloadError } from "@/lib/db/is-overload-error";
import { isUnstorableTextError } from "@/lib/db/is-unstorable-text-error";
import { shortErrorMessage } from "@/lib/db/short-error-message";
import { runWithRequestId } from "@/lib/observability/request-context";
import { requestStats } from "@/lib/traffic/request-stats";
import type { CurrentUser } from "@/lib/auth/current-user";
import { userFromRequest } from "@/lib/auth/user-from-request";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { apiByUser } from "@/lib/rate-limit/limiters";

type Role = CurrentUser["role"];
type Access = "public" | "user" | Role[];

type RouteOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends z.ZodType | undefined> = {
  access: Access;
  body?: B;
  query?: Q;
  /**
   * The path's dynamic segments. A segment that does not parse names nothing, so the answer is 404 with
   * the schema's message (the segments in lib/http/path-params.ts say "There is no such …").
   */
  params?: P;
  /**
   * Public GETs only: let the CDN keep a successful response for `sMaxAge` seconds and serve it stale
   * for `staleWhileRevalidate` more while it refetches. Everything else is `private, no-store`.
   */
  cdn?: { sMaxAge: number; staleWhileRevalidate: number };
};

type HandlerInput<B, Q, P, A> = {
  request: Request;
  body: B extends z.ZodType ? z.output<B> : undefined;
  query: Q extends z.ZodType ? z.output<Q> : undefined;
  user: A extends "public" ? CurrentUser | null : CurrentUser;
  params: P extends z.ZodType ? z.output<P> : Record<string, string | string[]>;
  requestId: string;
  /** Who is asking from where, for audit entries and per-IP limits (the shape server actions get too). */
  context: { ip: string; requestId: string };
};

const requestLog = logger.child({ module: "http" });
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const allowedOrigins = new Set([new URL(env.APP_URL).origin]);

/** A cross-site page must not be able to make a signed-in browser change anything (CSRF). */
function assertSameOrigin(request: Request) {
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.get("origin");
  // Browsers send Origin on every cross-origin and same-origin POST; non-browser clients may omit it
  // and carry no ambient cookies worth protecting.
  if (origin === null) return;
  const self = new URL(request.url).origin;
  if (origin !== self && !allowedOrigins.has(origin)) throw new ForbiddenError("Cross-site requests are not allowed.");
}

function assertDeclaredLength(request: Request) {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > JSON_BODY_LIMIT_BYTES) throw new PayloadTooLargeError(JSON_BODY_LIMIT_BYTES);
}

async function parseBody(request: Request, schema: z.ZodType) {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) throw new UnsupportedMediaTypeError("application/json");
  const text = await readBodyText(request);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadRequestError("The request body is not valid JSON.", undefined, "invalid_json");
  }
  return validate(schema, json, "body");
}

function parseParams(schema: z.ZodType, params: Record<string, string | string[]>) {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  throw new NotFoundError(parsed.error.issues[0]?.message ?? "Not found.");
}

function validate(schema: z.ZodType, value: unknown, where: string) {
  assertStorableInput(value, where);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  throw new BadRequestError(
    first ? `Invalid ${where}: ${first.path ? `${first.path}: ` : ""}${first.message}` : `Invalid ${where}.`,
    { issues },
    "validation_failed",
  );
}

export function errorResponse(thrown: unknown, requestId: string): Response {
  let err = thrown;
  if (!(err instanceof AppError) && (isConnectionError(err) || isOverloadError(err))) {
    // The database (or another server) is unreachable, or has no connection free in time: nothing the
    // caller did, and nothing was written. 503 + Retry-After tells clients and the load balancer to come
    // back, instead of a bare 500.
    logger.warn({ err: shortErrorMessage(err), requestId }, "dependency unreachable or overloaded, answering 503");
    err = new ServiceUnavailableError();
  }
  if (!(err instanceof AppError) && isUnstorableTextError(err)) err = unstorableTextError();
  if (err instanceof AppError) {
    const headers = new Headers({ "x-request-id": requestId, "cache-control": "no-store" });
    if (err instanceof RateLimitedError || err instanceof ServiceUnavailableError) headers.set("retry-after", String(err.retryAfterSeconds));
    return Response.json(
      { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } },
      { status: err.status, headers },
    );
  }
  logger.error({ err, requestId }, "unhandled error in route handler");
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on our side. Please try again." } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}

/**
 * The one wrapper for JSON route handlers: request id, same-origin check for writes, access control,
 * per-user API rate limit, body, query and path validation, and the mapping of errors to `{ error: { code, message } }`.
 */
export function route<
  A extends Access,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(options: RouteOptions<B, Q, P> & { access: A }, handler: (input: HandlerInput<B, Q, P, A>) => Promise<Response | unknown>) {
  const cacheControl =
    options.access === "public" && options.cdn
      ? `public, max-age=0, s-maxage=${options.cdn.sMaxAge}, stale-while-revalidate=${options.cdn.staleWhileRevalidate}`
      : "private, no-store";
  const run = async (request: Request, context: { params: Promise<Record<string, string | string[]>> }, requestId: string): Promise<Response> => {
    try {
      // A body over the limit is refused by its declared length before any other work (session look-up,
      // rate limit); one that does not declare it is cut off while streaming, in parseBody.
      if (options.body) assertDeclaredLength(request);
      assertSameOrigin(request);
      // Public routes never look up a session: they stay cheap and cacheable.
      const user = options.access === "public" ? null : await userFromRequest(request);
      if (options.access !== "public") {
        if (!user) return errorResponse(new AppError(401, "unauthorized", "Sign in to continue."), requestId);
        if (Array.isArray(options.access) && !options.access.includes(user.role)) throw new ForbiddenError();
      }
      if (user) await limitOrThrow(apiByUser, user.id);
      const query = options.query ? validate(options.query, Object.fromEntries(new URL(request.url).searchParams), "query") : undefined;
      const body = options.body ? await parseBody(request, options.body) : undefined;
      const rawParams = (await context?.params) ?? {};
      assertStorableInput(rawParams, "path");
      const params = options.params ? parseParams(options.params, rawParams) : rawParams;
      const handlerContext = { ip: clientIp(request.headers), requestId };
      const result = await handler({ request, body, query, user, params, requestId, context: handlerContext } as HandlerInput<B, Q, P, A>);
      if (result instanceof Response) return result;
      const publicGet = request.method === "GET" || request.method === "HEAD";
      return Response.json(result ?? { ok: true }, { headers: { "x-request-id": requestId, "cache-control": publicGet ? cacheControl : "private, no-store" } });
    } catch (err) {
      return errorResponse(err, requestId);
    }
  };
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    const started = performance.now();
    const requestId = request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
    const response = await runWithRequestId(requestId, () => run(request, context, requestId));
    // Handlers that build their own Response (downloads, redirects) get the id too, where headers are mutable.
    try {
      if (!response.headers.has("x-request-id")) response.headers.set("x-request-id", requestId);
      // Which instance answered, behind a load balancer (set INSTANCE_ID per instance).
      if (env.INSTANCE_ID) response.headers.set("x-instance-id", env.INSTANCE_ID);
    } catch {
      // Response.redirect() headers are immutable; the log line still carries the id.
    }
    const seconds = (performance.now() - started) / 1_000;
    // Next passes no `params` at all to handlers of routes without dynamic segments.
    const params = await Promise.resolve(context?.params).catch(() => undefined);
    const routePattern = routeLabel(new URL(request.url).pathname, params ?? {});
    metrics.httpRequestDuration.observe({ route: routePattern, method: request.method, status: String(response.status) }, seconds);
    requestStats.recordRequest(routePattern, request.method, response.status, seconds * 1_000);
    requestLog[response.status >= 500 ? "error" : "info"](
      { requestId, method: request.method, route: routePattern, status: response.status, ms: Math.round(seconds * 1_000) },
      "request",
    );
    return response;
  };
}
