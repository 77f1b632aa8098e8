import { Prisma } from "@/generated/prisma/client";

// Each document must stay character for character the expression of its index (migrations
// 20261122235100_question_search and 20261205141500_question_search_everywhere): PostgreSQL uses an
// expression index only for the identical expression, and anything else scans and re-parses every row.
// Written against the unaliased table names `questions` and `marking_points`.
const stemDocument = Prisma.sql`to_tsvector('english'::regconfig, "questions"."stem" || ' ' || "questions"."command_term")`;
const solutionDocument = Prisma.sql`to_tsvector('english'::regconfig, "questions"."worked_solution")`;
const markschemeDocument = Prisma.sql`to_tsvector('english'::regconfig, "marking_points"."text")`;
const questionTrigrams = Prisma.sql`lower("questions"."stem" || ' ' || "questions"."worked_solution")`;
const markschemeTrigrams = Prisma.sql`lower("marking_points"."text")`;

/** How well a question matched, best first: the bank lists stem matches before the rest. */
export const SEARCH_RANKS = { stem: 0, solutionOrMarkscheme: 1, stemSpelledAlike: 2, spelledAlike: 3 } as const;

// Shorter queries have too few trigrams for similarity to mean anything ("pH" is "similar" to half the bank).
const TYPO_MIN_LETTERS = 4;
const MAX_WORDS = 8;

export type QuestionSearch = {
  /** `WHERE` condition: the question matches in its stem, command term, worked solution or markscheme. */
  where: Prisma.Sql;
  /** A small whole number per row (SEARCH_RANKS): results are read in (rank, id) order. */
  rank: Prisma.Sql;
};

/**
 * The bank's search box. Plain words match as prefixes of the words in a question ("deriv" finds
 * "derivative"; all words must match), stemmed as English; a query using search syntax (quotes, `or`,
 * `-word`) is read as websearch_to_tsquery reads it, without prefixes. Where no word matches as written,
 * a misspelling still finds its questions by trigram similarity (strict word similarity ≥ 0.5, pg_trgm's
 * default, answered from the trigram indexes): "derivitive" finds "derivative". Exact matches in the stem
 * come first, then exact matches in the worked solution or markscheme, then similar spellings (stem first).
 * Never a syntax error.
 */
export function questionSearch(q: string): QuestionSearch {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (!words.length) return { where: Prisma.sql`false`, rank: Prisma.sql`0` };
  const usesSyntax = /["]|(^|\s)-\S|\sor\s/i.test(q);
  const query = usesSyntax
    ? Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q})`
    : Prisma.sql`to_tsquery('english'::regconfig, ${words.map((w) => `${w}:*`).join(" & ")})`;
  const inStem = Prisma.sql`${stemDocument} @@ ${query}`;
  const inSolution = Prisma.sql`${solutionDocument} @@ ${query}`;
  const inMarkscheme = Prisma.sql`EXISTS (SELECT 1 FROM "marking_points" WHERE "marking_points"."question_id" = "questions"."id" AND ${markschemeDocument} @@ ${query})`;
  const typo = words.join(" ");
  const typoTolerant = !usesSyntax && typo.replace(/\s/g, "").length >= TYPO_MIN_LETTERS;
  const spelledAlike = typoTolerant
    ? // IN, not a correlated EXISTS: the planner runs it once (a hashed subplan over the trigram index),
      // where EXISTS rescanned the whole trigram index for every question of the course (2.5 s → 0.26 s).
      Prisma.sql`(${typo} <<% ${questionTrigrams}
        OR "questions"."id" IN (SELECT "marking_points"."question_id" FROM "marking_points" WHERE ${typo} <<% ${markschemeTrigrams}))`
    : Prisma.sql`false`;
  // Only ranks the rows already found: no index needed.
  const stemSpelledAlike = typoTolerant ? Prisma.sql`${typo} <<% lower("questions"."stem")` : Prisma.sql`false`;
  return {
    where: Prisma.sql`(${inStem} OR ${inSolution} OR ${inMarkscheme} OR ${spelledAlike})`,
    rank: Prisma.sql`(CASE WHEN ${inStem} THEN ${SEARCH_RANKS.stem}::int
                           WHEN ${inSolution} OR ${inMarkscheme} THEN ${SEARCH_RANKS.solutionOrMarkscheme}::int
                           WHEN ${stemSpelledAlike} THEN ${SEARCH_RANKS.stemSpelledAlike}::int
                           ELSE ${SEARCH_RANKS.spelledAlike}::int END)`,
  };
}
