-- AlterEnum
ALTER TYPE "AuthTokenKind" ADD VALUE 'EMAIL_CHANGE';

-- AlterTable
ALTER TABLE "auth_tokens" ADD COLUMN     "new_email" TEXT;
