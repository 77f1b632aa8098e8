-- AlterTable
ALTER TABLE "practice_sessions" ADD COLUMN     "draft_answers" JSONB NOT NULL DEFAULT '{}';
