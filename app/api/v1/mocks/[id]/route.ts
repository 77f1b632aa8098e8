import { route } from "@/lib/api/route";
import { mockPath } from "@/lib/mocks/mock-input";
import { getMockExam } from "@/lib/mocks/mock-exam-state";

/** The paper (questions without answers, saved answers, deadline, server time) or, once submitted, its result. */
export const GET = route({ access: "user", params: mockPath }, async ({ user, params }) => getMockExam(user.id, params.id));
