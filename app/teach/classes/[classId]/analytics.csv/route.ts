import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { classAnalyticsCsv } from "@/lib/class-analytics/class-analytics-csv";
import { getClassAnalytics } from "@/lib/class-analytics/get-class-analytics";

/** The class's analytics as a CSV download, for its teachers only (404 for any other class, 403 for students). */
export const GET = route({ access: ["TEACHER", "ADMIN"], params: z.object({ classId: uuidSegment("class") }) }, async ({ user, params, requestId }) => {
  const file = classAnalyticsCsv(await getClassAnalytics(user, params.classId));
  return new Response(file.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "private, no-store",
      "x-request-id": requestId,
    },
  });
});
