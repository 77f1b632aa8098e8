-- AlterTable
ALTER TABLE "attempts" ADD COLUMN     "band_awards" JSONB;

-- AlterTable
ALTER TABLE "questions" ADD COLUMN     "markbands" JSONB;
