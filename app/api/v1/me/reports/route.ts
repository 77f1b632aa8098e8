import { route } from "@/lib/api/route";
import { requestOwnProgressReport } from "@/lib/reports/request-progress-report";

/** Asks for the caller's progress report (PDF) → 202 `{ file, created }`; within the hour, 200 with the same file. */
export const POST = route({ access: "user" }, async ({ user, requestId }) => {
  const result = await requestOwnProgressReport(user.id);
  return Response.json(result, { status: result.created ? 202 : 200, headers: { "x-request-id": requestId, "cache-control": "private, no-store" } });
});
