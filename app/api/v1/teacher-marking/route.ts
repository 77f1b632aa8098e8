import { route } from "@/lib/api/route";
import { markAsTeacher } from "@/lib/teacher-marking/mark-as-teacher";
import { teacherMarksInput } from "@/lib/teacher-marking/teacher-marking-input";

// The attempt names its class: an answer the teacher may not mark is 404 (markAsTeacher), and every marking is audited.
export const POST = route({ access: ["TEACHER", "ADMIN"], body: teacherMarksInput }, ({ user, body, context }) =>
  markAsTeacher(user, body.attemptId, body, context),
);
