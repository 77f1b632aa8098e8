/*
  Warnings:

  - A unique constraint covering the columns `[group_id,part_index]` on the table `questions` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "questions" ADD COLUMN     "group_id" UUID,
ADD COLUMN     "part_index" SMALLINT,
ADD COLUMN     "part_label" TEXT;

-- CreateTable
CREATE TABLE "question_groups" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "course_id" UUID NOT NULL,
    "paper" "PaperCode" NOT NULL,
    "calculator" BOOLEAN NOT NULL,
    "context" TEXT NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "question_groups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "question_groups_key_key" ON "question_groups"("key");

-- CreateIndex
CREATE INDEX "question_groups_course_id_status_idx" ON "question_groups"("course_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "questions_group_id_part_index_key" ON "questions"("group_id", "part_index");

-- AddForeignKey
ALTER TABLE "question_groups" ADD CONSTRAINT "question_groups_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "question_groups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A part has all three of its group, label and place, or none of them.
ALTER TABLE "questions" ADD CONSTRAINT "questions_part_complete" CHECK (("group_id" IS NULL) = ("part_label" IS NULL) AND ("group_id" IS NULL) = ("part_index" IS NULL));
