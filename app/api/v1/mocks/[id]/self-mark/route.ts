import { route } from "@/lib/api/route";
import { mockPath, selfMarkMockInput } from "@/lib/mocks/mock-input";
import { selfMarkMockAnswer } from "@/lib/mocks/self-mark-mock-answer";

/**
 * Marks one written answer of a submitted paper (`{ questionId, labels }`: the markscheme points earned)
 * and answers the updated result; 409 before the paper is submitted or once the answer is marked.
 */
export const POST = route({ access: "user", body: selfMarkMockInput, params: mockPath }, async ({ user, params, body }) =>
  selfMarkMockAnswer(user.id, params.id, body.questionId, { labels: body.labels, bands: body.bands }),
);
