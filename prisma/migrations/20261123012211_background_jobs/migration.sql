-- Background jobs: generated files (reports, exports), reminder opt-out, account deletion grace period,
-- and the validated rows of a bulk import. content_imports.file_sha256 has no default: the table had
-- no writer before this migration, so it is empty everywhere.
-- CreateEnum
CREATE TYPE "GeneratedFileKind" AS ENUM ('PROGRESS_REPORT', 'DATA_EXPORT');

-- CreateEnum
CREATE TYPE "GeneratedFileStatus" AS ENUM ('PENDING', 'READY', 'FAILED');

-- AlterTable
ALTER TABLE "content_imports" ADD COLUMN     "file_sha256" TEXT NOT NULL,
ADD COLUMN     "rows" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "delete_after" TIMESTAMP(3),
ADD COLUMN     "deletion_requested_at" TIMESTAMP(3),
ADD COLUMN     "email_reminders" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "generated_files" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "kind" "GeneratedFileKind" NOT NULL,
    "status" "GeneratedFileStatus" NOT NULL DEFAULT 'PENDING',
    "params" JSONB NOT NULL DEFAULT '{}',
    "idempotency_key" TEXT NOT NULL,
    "file_name" TEXT,
    "content_type" TEXT,
    "content" BYTEA,
    "byte_size" INTEGER,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ready_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "generated_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "generated_files_idempotency_key_key" ON "generated_files"("idempotency_key");

-- CreateIndex
CREATE INDEX "generated_files_owner_id_created_at_idx" ON "generated_files"("owner_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "generated_files_expires_at_idx" ON "generated_files"("expires_at");

-- CreateIndex
CREATE INDEX "users_delete_after_idx" ON "users"("delete_after");

-- AddForeignKey
ALTER TABLE "generated_files" ADD CONSTRAINT "generated_files_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
