import { route } from "@/lib/api/route";
import { createPracticeInput } from "@/lib/practice/practice-input";
import { createPracticeSession } from "@/lib/practice/create-practice-session";

export const POST = route({ access: "user", body: createPracticeInput }, async ({ user, body }) => {
  const { id } = await createPracticeSession(user.id, body);
  return Response.json({ id }, { status: 201, headers: { "cache-control": "private, no-store" } });
});
