-- CreateTable
CREATE TABLE "topic_notes" (
    "id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "key" TEXT,
    "body" TEXT NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "topic_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "topic_notes_topic_id_key" ON "topic_notes"("topic_id");

-- CreateIndex
CREATE UNIQUE INDEX "topic_notes_key_key" ON "topic_notes"("key");

-- AddForeignKey
ALTER TABLE "topic_notes" ADD CONSTRAINT "topic_notes_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;
