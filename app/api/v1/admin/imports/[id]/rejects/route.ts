import { route } from "@/lib/api/route";
import { NotFoundError } from "@/lib/errors";
import { loadRejectsCsv } from "@/lib/content-import/report-csv";

export const GET = route({ access: ["ADMIN"] }, async ({ params, requestId }) => {
  const file = await loadRejectsCsv(String(params.id));
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
