/**
 * Audit pages are ordered by (createdAt desc, id desc): several entries can share a millisecond, so the
 * time alone cannot say where a page ends. The cursor carries both, opaque to clients.
 */
export type AuditPosition = { createdAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(`${position.createdAt.getTime()}.${position.id}`).toString("base64url");
}

/** The position a cursor stands for, or null when the string is not a cursor this module made. */
export function decodeAuditCursor(cursor: string): AuditPosition | null {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(cursor)) return null;
  const [ms, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split(".");
  if (rest.length || !ms || !id || !/^\d{1,15}$/.test(ms) || !UUID.test(id)) return null;
  return { createdAt: new Date(Number(ms)), id };
}
