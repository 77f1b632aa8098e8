/**
 * Cursors are opaque to clients: the 16 bytes of the last item's UUID as base64url (22 characters).
 * Lists are read in id order (UUIDv7, so roughly creation order), so the id alone says where a page ends.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId.replaceAll("-", ""), "hex").toString("base64url");
}

/** The id a cursor stands for, or null when the string is not a cursor this module made. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(cursor)) return null;
  const bytes = Buffer.from(cursor, "base64url");
  // Node's decoder forgives stray bits in the last character: a round trip proves the string is canonical.
  if (bytes.length !== 16 || bytes.toString("base64url") !== cursor) return null;
  return uuidFromBytes(bytes);
}

export function uuidFromBytes(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
