import http from "node:http";
import { startTestSmtpServer } from "../../lib/email/test-smtp-server";

// The end-to-end suite's mail server: the app under test delivers to it over SMTP (SMTP_URL), and specs
// read what arrived over HTTP (GET /messages?to=<address>). Started by playwright.config.ts.

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const httpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 2526);

const smtp = await startTestSmtpServer({ port: smtpPort });

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${httpPort}`);
    if (url.pathname === "/health") return void res.end("ok");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to");
      res.setHeader("content-type", "application/json");
      return void res.end(JSON.stringify(to ? smtp.to(to) : smtp.received));
    }
    res.statusCode = 404;
    res.end();
  })
  .listen(httpPort, "127.0.0.1");
