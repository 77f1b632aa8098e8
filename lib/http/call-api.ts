/**
 * What the browser gets back from one of our JSON endpoints: the body, or a sentence to show. Endpoints
 * answer errors as `{ error: { message } }` (see route.ts); a lost connection or an unreadable body gets
 * the caller's fallback, which says what did not happen.
 */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number | null; message: string };

export async function callApi<T = unknown>(url: string, init: RequestInit & { json?: unknown }, fallback: string): Promise<ApiResult<T>> {
  const { json, ...rest } = init;
  const request: RequestInit =
    json === undefined ? rest : { ...rest, headers: { "content-type": "application/json", ...rest.headers }, body: JSON.stringify(json) };
  const res = await fetch(url, request).catch(() => null);
  if (!res) return { ok: false, status: null, message: fallback };
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: body as T };
  return { ok: false, status: res.status, message: messageOf(body) ?? fallback };
}

function messageOf(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" && message.trim() ? message : undefined;
}
