import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { NotFoundError } from "@/lib/errors";
import { loadRejectsCsv } from "@/lib/content-import/report-csv";

export const GET = route({ access: ["ADMIN"], params: z.object({ id: uuidSegment("import") }) }, async ({ params, requestId }) => {
  const file = await loadRejectsCsv(params.id);
  if (!file) throw new NotFoundError("No such import.");
  return new Response(file.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "private, no-store",
      "x-request-id": requestId,
    },
  });
});
