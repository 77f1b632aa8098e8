// The floor under the dashboard API: a plain Node http server, no framework, that answers every request
// with the caller's dashboard exactly as the app's /api/v1/dashboard does it underneath — the session from
// the cookie (decoded-cookie cache, then Redis), the cached dashboard JSON from Redis, sent as it is.
// What the app adds on top of this is the framework's share of a request. Started by bench:floor:
// `node --import tsx scripts/bench/floor-server.ts <port>`; prints "listening" once it accepts.
import http from "node:http";
import { parse as parseCookies } from "cookie";
import { userFromCookies } from "@/lib/auth/user-from-request";
import { getStudentDashboardJson } from "@/lib/dashboard/student-dashboard";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error("usage: floor-server.ts <port>");

const server = http.createServer((request, response) => {
  const cookies = parseCookies(request.headers.cookie ?? "");
  userFromCookies((name) => cookies[name])
    .then(async (user) => {
      if (!user) {
        response.writeHead(401, { "content-type": "application/json" }).end('{"error":"unauthorized"}');
        return;
      }
      const { json } = await getStudentDashboardJson(user.id);
      response.writeHead(200, { "content-type": "application/json", "cache-control": "private, no-store" }).end(json);
    })
    .catch((err: Error) => {
      response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: err.message }));
    });
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log("listening"));
