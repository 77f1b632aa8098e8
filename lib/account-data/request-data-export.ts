import { requestGeneratedFile, type RequestedFile } from "@/lib/files/request-file";
import { requestHour } from "@/lib/files/request-hour";

/** A zip of everything stored about the user; at most one per hour (asking again returns the same file). */
export function requestDataExport(userId: string, now: Date = new Date()): Promise<{ file: RequestedFile; created: boolean }> {
  return requestGeneratedFile({ ownerId: userId, kind: "DATA_EXPORT", params: {}, idempotencyKey: `export:${userId}:${requestHour(now)}` }, now);
}
