-- The bank's search reaches past the stem: worked solutions and markschemes are searched too, with prefix
-- matching, and a misspelt word ("derivitive") still finds its questions through trigram similarity.
-- Expression indexes as in 20261122235100_question_search: lib/questions/question-search.ts must use
-- exactly these expressions for the planner to pick them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "questions_worked_solution_search_idx" ON "questions"
  USING GIN (to_tsvector('english'::regconfig, "worked_solution"));

CREATE INDEX "marking_points_text_search_idx" ON "marking_points"
  USING GIN (to_tsvector('english'::regconfig, "text"));

-- Typo tolerance: `q <<% document` (strict word similarity) is answered from these trigram indexes.
CREATE INDEX "questions_search_trgm_idx" ON "questions"
  USING GIN ((lower("stem" || ' ' || "worked_solution")) gin_trgm_ops);

CREATE INDEX "marking_points_text_trgm_idx" ON "marking_points"
  USING GIN ((lower("text")) gin_trgm_ops);
