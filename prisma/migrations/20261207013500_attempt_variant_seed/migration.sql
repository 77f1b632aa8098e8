-- AlterTable
ALTER TABLE "attempts" ADD COLUMN     "variant_seed" INTEGER;
