import { z } from "zod";

/**
 * Whose data an export holds: the file's owner by default, or `userId` when an admin asked for a copy of
 * someone's data (the admin owns the file; the request was authorised and audited when it was made).
 */
export const dataExportParams = z.object({ userId: z.uuid().optional() });
