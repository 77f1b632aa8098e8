import { route } from "@/lib/api/route";
import { progressReportParams } from "@/lib/reports/report-params";
import { requestGroupProgressReport } from "@/lib/reports/request-progress-report";

/**
 * A progress report PDF for a group, a page per student: `{ userIds }` (up to 500) or `{ courseId }`
 * (everyone enrolled) → 202 `{ file, created }`. The file is the admin's to download from /api/v1/files.
 */
export const POST = route({ access: ["ADMIN"], body: progressReportParams }, async ({ user, body, requestId }) => {
  const result = await requestGroupProgressReport(user.id, body);
  return Response.json(result, { status: result.created ? 202 : 200, headers: { "x-request-id": requestId, "cache-control": "private, no-store" } });
});
