import { AppError } from "@/lib/errors";

/** The most any JSON route accepts; the largest real body (an answer with its draft) is far below it. */
export const JSON_BODY_LIMIT_BYTES = 1_000_000;

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, "payload_too_large", `The request body is too large (at most ${Math.floor(limitBytes / 1_000)} kB).`);
  }
}

/**
 * The body as text, stopping as soon as the stream passes `limitBytes` (whatever Content-Length claimed):
 * a huge upload costs at most `limitBytes` of memory and is never read to its end.
 */
export async function readBodyText(request: Request, limitBytes = JSON_BODY_LIMIT_BYTES): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}
