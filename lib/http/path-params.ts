import { z } from "zod";

// Schemas for route() `params`: a segment that does not parse names nothing, so route() answers 404
// with the message given here.

/** A UUID segment (questions, practice sets, mocks, users, files, imports). */
export const uuidSegment = (what: string) => z.uuid(`There is no such ${what}.`);

/** A session id segment, as the session store mints them. */
export const sessionSegment = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "There is no such session.");

/** A course slug segment, e.g. math-aa-hl. */
export const slugSegment = (what: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, `There is no such ${what}.`);
