import http from "node:http";

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

export type HttpRequest = {
  method?: "GET" | "POST";
  path: string;
  cookie?: string;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
};

/**
 * A small keep-alive HTTP client for the journey driver: node:http costs the load generator less CPU
 * than fetch, and the app, databases and the generator share the same cores.
 */
export function createHttpClient(origin: string, maxSockets: number) {
  const { hostname, port } = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  function send({ method = "GET", path, cookie, json, form, headers: extra }: HttpRequest): Promise<HttpResponse> {
    const body = json !== undefined ? JSON.stringify(json) : form ? new URLSearchParams(form).toString() : undefined;
    const headers: http.OutgoingHttpHeaders = { ...extra };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) {
      headers["content-type"] = json !== undefined ? "application/json" : "application/x-www-form-urlencoded";
      headers["content-length"] = Buffer.byteLength(body);
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request({ hostname, port, path, method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
        );
        res.on("error", reject);
      });
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} timed out after 30 s`)));
      req.on("error", reject);
      req.end(body);
    });
  }
  return { send, close: () => agent.destroy() };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

/** `name=value` of a Set-Cookie header's cookie, or null when the response does not set it. */
export function cookieFromResponse(headers: http.IncomingHttpHeaders, name: string): string | null {
  // One Set-Cookie arrives as a string from some clients (autocannon), several as an array.
  const lines: string[] = ([] as string[]).concat(headers["set-cookie"] ?? []);
  for (const line of lines) {
    const pair = line.split(";", 1)[0]!;
    if (pair.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  return null;
}
