-- AlterTable
ALTER TABLE "subjects" ADD COLUMN     "practice_note" TEXT;
