import { Prisma } from "@/generated/prisma/client";

/**
 * The search document. It must stay character for character the expression of the GIN index
 * `questions_search_idx` (migration 20261122235100_question_search): PostgreSQL uses an expression index
 * only for the identical expression, and anything else scans and re-parses every stem.
 * Written against the unaliased table name `questions`.
 */
const searchDocument = Prisma.sql`to_tsvector('english'::regconfig, "questions"."stem" || ' ' || "questions"."command_term")`;

/**
 * `WHERE` condition: the question's stem or command term matches `q`, read the way a search box is
 * (websearch_to_tsquery: quoted phrases, `or`, `-word`; never a syntax error). A query of stop words only
 * ("the") matches nothing. Results keep the bank's id order, not relevance: ranking would need a
 * rank-aware cursor and is left for when search needs it.
 */
export function matchesSearch(q: string): Prisma.Sql {
  return Prisma.sql`${searchDocument} @@ websearch_to_tsquery('english'::regconfig, ${q})`;
}
