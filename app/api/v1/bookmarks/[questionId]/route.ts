import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { toggleBookmark } from "@/lib/bookmarks/toggle-bookmark";

const bookmarkPath = z.object({ questionId: uuidSegment("question") });

// PUT adds, DELETE removes; both idempotent, so clients can simply send the state they want.
export const PUT = route({ access: "user", params: bookmarkPath }, ({ user, params }) => toggleBookmark(user.id, params.questionId, true));

export const DELETE = route({ access: "user", params: bookmarkPath }, ({ user, params }) => toggleBookmark(user.id, params.questionId, false));
