// Calls the app's route handlers directly with a Request, in this process: the same code a request runs
// after Next's router, so the app's own query counter (lib/db/query-counter.ts) can see each call.
import type { IncomingHttpHeaders } from "node:http";
import type { HttpRequest } from "./http-client";
import type { Reply } from "./student-journey";

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteModule = Record<string, unknown>;

const ROUTES: { pattern: RegExp; load: () => Promise<RouteModule>; params: (m: RegExpExecArray) => Record<string, string | string[]> }[] = [
  { pattern: /^\/api\/health$/, load: () => import("@/app/api/health/route"), params: () => ({}) },
  { pattern: /^\/api\/auth\/(.+)$/, load: () => import("@/app/api/auth/[...nextauth]/route"), params: (m) => ({ nextauth: m[1]!.split("/") }) },
  { pattern: /^\/api\/v1\/dashboard$/, load: () => import("@/app/api/v1/dashboard/route"), params: () => ({}) },
  { pattern: /^\/api\/v1\/questions$/, load: () => import("@/app/api/v1/questions/route"), params: () => ({}) },
  { pattern: /^\/api\/v1\/practice$/, load: () => import("@/app/api/v1/practice/route"), params: () => ({}) },
  { pattern: /^\/api\/v1\/practice\/([^/]+)$/, load: () => import("@/app/api/v1/practice/[id]/route"), params: (m) => ({ id: m[1]! }) },
  { pattern: /^\/api\/v1\/practice\/([^/]+)\/answers$/, load: () => import("@/app/api/v1/practice/[id]/answers/route"), params: (m) => ({ id: m[1]! }) },
  { pattern: /^\/api\/v1\/flashcards\/queue$/, load: () => import("@/app/api/v1/flashcards/queue/route"), params: () => ({}) },
  { pattern: /^\/api\/v1\/flashcards\/review$/, load: () => import("@/app/api/v1/flashcards/review/route"), params: () => ({}) },
];

function toHeaders(response: Response): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  headers["set-cookie"] = response.headers.getSetCookie();
  return headers;
}

/** Sends `request` to its route handler; the origin only fills in Request.url. */
export async function sendInProcess(
  { method = "GET", path, cookie, json, form, headers: extra }: HttpRequest,
  origin = "http://127.0.0.1:3000",
): Promise<Reply> {
  const url = new URL(path, origin);
  const route = ROUTES.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find((x) => x.m);
  if (!route) throw new Error(`no route handler mapped for ${url.pathname}`);
  const handler = (await route.r.load())[method] as Handler | undefined;
  if (typeof handler !== "function") throw new Error(`${url.pathname} has no ${method} handler`);
  const headers = new Headers(extra);
  if (cookie) headers.set("cookie", cookie);
  let body: string | undefined;
  if (json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(json);
  } else if (form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(form).toString();
  }
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(route.r.params(route.m!)) });
  return { status: response.status, headers: toHeaders(response), body: await response.text() };
}
