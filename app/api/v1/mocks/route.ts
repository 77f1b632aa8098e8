import { route } from "@/lib/api/route";
import { startMockInput } from "@/lib/mocks/mock-input";
import { startMockExam } from "@/lib/mocks/start-mock-exam";

/** Starts a timed mock paper: `{ courseSlug, paper, scale?, durationSeconds? }` → 201 `{ id }`. */
export const POST = route({ access: "user", body: startMockInput }, async ({ user, body, requestId }) => {
  const mock = await startMockExam(user.id, body);
  return Response.json(mock, { status: 201, headers: { "x-request-id": requestId, "cache-control": "private, no-store" } });
});
