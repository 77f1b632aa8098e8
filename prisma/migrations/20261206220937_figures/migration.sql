-- CreateTable
CREATE TABLE "figures" (
    "hash" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figures_pkey" PRIMARY KEY ("hash")
);

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
