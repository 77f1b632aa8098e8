import { route } from "@/lib/api/route";
import { listGeneratedFiles } from "@/lib/files/read-generated-file";
import { pageInput } from "@/lib/questions/question-cursor";

/** The caller's files that have not expired, newest first: `{ items, nextCursor }` (`?cursor=&limit=`). */
export const GET = route({ access: "user", query: pageInput }, ({ user, query }) => listGeneratedFiles(user.id, query));
