import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// Test support only (imported by *.test.ts and the end-to-end SMTP sink): a real SMTP server on a random local port, so delivery is
// exercised over the actual protocol instead of a mocked transport.

export type ReceivedEmail = { to: string[]; subject: string; text: string; html: string; raw: string };

/** Recipients whose local part starts with "reject-" are refused at RCPT TO with a 550. */
export async function startTestSmtpServer({ port = 0 }: { port?: number } = {}) {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!address.address.startsWith("reject-")) return callback();
      callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMessage(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    received,
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for nodemailer's multipart/alternative output: subject plus decoded text and html parts. */
function parseMessage(raw: string): Omit<ReceivedEmail, "to" | "raw"> {
  const subject = /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? "";
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1) : [];
  const body = (type: string) => {
    const part = parts.find((p) => new RegExp(`Content-Type: ${type}`, "i").test(p));
    if (!part) return "";
    const split = part.indexOf("\r\n\r\n");
    const [headers, content] = [part.slice(0, split), part.slice(split + 4).replace(/\r\n$/, "")];
    const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(headers)?.[1]?.toLowerCase();
    const decoded =
      encoding === "quoted-printable"
        ? Buffer.from(
            content.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8")
        : encoding === "base64"
          ? Buffer.from(content, "base64").toString("utf8")
          : content;
    return decoded.replace(/\r\n/g, "\n");
  };
  return { subject, text: body("text/plain"), html: body("text/html") };
}
