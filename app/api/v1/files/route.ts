import { route } from "@/lib/api/route";
import { listFilesQuery, listGeneratedFiles } from "@/lib/files/read-generated-file";

/** The caller's files that have not expired, newest first: `{ items, nextCursor }` (`?cursor=&limit=`). */
export const GET = route({ access: "user", query: listFilesQuery }, ({ user, query }) => listGeneratedFiles(user.id, query));
