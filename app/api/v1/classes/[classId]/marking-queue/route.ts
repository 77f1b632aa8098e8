import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { listMarkingQueue } from "@/lib/teacher-marking/list-marking-queue";
import { markingQueueQuery } from "@/lib/teacher-marking/teacher-marking-input";

// A class the teacher does not teach is 404 (listMarkingQueue), as is a malformed id.
export const GET = route(
  { access: ["TEACHER", "ADMIN"], params: z.object({ classId: uuidSegment("class") }), query: markingQueueQuery },
  ({ user, params, query }) => listMarkingQueue(user, params.classId, query),
);
