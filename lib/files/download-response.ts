import type { DownloadableFile } from "@/lib/files/read-generated-file";

/**
 * The file as a download: attachment (never rendered inline, so a file cannot run as a page of this
 * origin), private and not stored by any cache, since it holds one person's data.
 */
export function downloadResponse(file: DownloadableFile, requestId: string): Response {
  // The plain filename is for old clients; filename* carries the exact name (RFC 6266).
  const ascii = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.content.byteLength),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-request-id": requestId,
    },
  });
}
