import { z } from "zod";
import { route } from "@/lib/api/route";
import { mockPath } from "@/lib/mocks/mock-input";
import { submitMockExam } from "@/lib/mocks/submit-mock-exam";

// `?auto=true` when the client's timer ran out; no body, so a plain POST submits.
const submitQuery = z.object({ auto: z.enum(["true", "false"]).optional() });

/** Submits the paper (idempotent) and answers its result. */
export const POST = route({ access: "user", query: submitQuery, params: mockPath }, async ({ user, params, query }) =>
  submitMockExam(user.id, params.id, { auto: query.auto === "true" }),
);
