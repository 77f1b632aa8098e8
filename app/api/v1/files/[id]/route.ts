import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";
import { downloadResponse } from "@/lib/files/download-response";
import { getGeneratedFileForDownload } from "@/lib/files/read-generated-file";

/** Downloads one of the caller's files: 404 for anyone else's, 409 while it is not ready. */
export const GET = route({ access: "user", params: z.object({ id: uuidSegment("file") }) }, async ({ user, params, requestId }) =>
  downloadResponse(await getGeneratedFileForDownload(user, params.id), requestId),
);
