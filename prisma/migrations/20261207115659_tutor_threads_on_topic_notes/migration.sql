/*
  Warnings:

  - A unique constraint covering the columns `[user_id,topic_id]` on the table `tutor_threads` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterEnum
ALTER TYPE "TutorMode" ADD VALUE 'NOTE';

-- AlterTable
ALTER TABLE "tutor_threads" ADD COLUMN     "topic_id" UUID,
ALTER COLUMN "question_id" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "tutor_threads_user_id_topic_id_key" ON "tutor_threads"("user_id", "topic_id");

-- AddForeignKey
ALTER TABLE "tutor_threads" ADD CONSTRAINT "tutor_threads_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A thread is about one question or one topic's note, never both or neither.
ALTER TABLE "tutor_threads" ADD CONSTRAINT "tutor_threads_one_subject" CHECK (num_nonnulls("question_id", "topic_id") = 1);
