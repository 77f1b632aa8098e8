-- Full-text search over the question bank. An expression index rather than a stored tsvector column:
-- nothing to keep in sync on writes, and Prisma's schema needs no unsupported column. Queries must use
-- exactly this expression (lib/questions/question-search.ts) for the planner to pick the index.
CREATE INDEX "questions_search_idx" ON "questions"
  USING GIN (to_tsvector('english'::regconfig, "stem" || ' ' || "command_term"));
