import { createHash } from "node:crypto";

/** Hex SHA-256 of the uploaded bytes: shown beside each import so a re-upload of the same file is obvious. */
export function fileSha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
