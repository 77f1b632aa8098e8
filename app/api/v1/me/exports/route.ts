import { route } from "@/lib/api/route";
import { requestDataExport } from "@/lib/account-data/request-data-export";

/**
 * Asks for a zip of all the caller's data → 202 `{ file, created }`. One per hour: asking again within
 * the hour answers 200 with the same file.
 */
export const POST = route({ access: "user" }, async ({ user, requestId }) => {
  const result = await requestDataExport(user.id);
  return Response.json(result, { status: result.created ? 202 : 200, headers: { "x-request-id": requestId, "cache-control": "private, no-store" } });
});
