import { route } from "@/lib/api/route";
import { downloadResponse } from "@/lib/files/download-response";
import { getGeneratedFileForDownload } from "@/lib/files/read-generated-file";

/** Downloads one of the caller's files: 404 for anyone else's, 409 while it is not ready. */
export const GET = route({ access: "user" }, async ({ user, params, requestId }) =>
  downloadResponse(await getGeneratedFileForDownload(user, String(params.id)), requestId),
);
