import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApi } from "./call-api";

// A real HTTP server answering as our route handlers do, and one address nothing listens on.
let server: Server;
let base: string;
const seen: { method?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method, type: req.headers["content-type"], body });
      const send = (status: number, text: string, type = "application/json") => res.writeHead(status, { "content-type": type }).end(text);
      if (req.url === "/ok") send(200, JSON.stringify({ saved: true }));
      else if (req.url === "/empty") res.writeHead(204).end();
      else if (req.url === "/closed") send(409, JSON.stringify({ error: { code: "CONFLICT", message: "Time is up: the paper is closed." } }));
      else send(502, "<html>Bad gateway</html>", "text/html");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("callApi", () => {
  it("returns the body of a success, and sends `json` as a JSON body", async () => {
    expect(await callApi(`${base}/ok`, { method: "POST", json: { answer: "B" } }, "not sent")).toEqual({ ok: true, status: 200, data: { saved: true } });
    expect(seen.at(-1)).toEqual({ method: "POST", type: "application/json", body: '{"answer":"B"}' });
    expect(await callApi(`${base}/empty`, { method: "DELETE" }, "not sent")).toEqual({ ok: true, status: 204, data: null });
  });

  it("shows the endpoint's own message for a refusal", async () => {
    expect(await callApi(`${base}/closed`, { method: "PUT" }, "not saved")).toEqual({ ok: false, status: 409, message: "Time is up: the paper is closed." });
  });

  it("falls back to the caller's sentence for a body it cannot read, or no connection", async () => {
    expect(await callApi(`${base}/proxy-error`, {}, "not saved")).toEqual({ ok: false, status: 502, message: "not saved" });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await callApi(`http://127.0.0.1:${port}/ok`, {}, "check your connection")).toEqual({ ok: false, status: null, message: "check your connection" });
  });
});
