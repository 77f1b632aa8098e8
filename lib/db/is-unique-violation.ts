import { Prisma } from "@/generated/prisma/client";

/** True for a unique-constraint violation (Prisma P2002): a slug, code or key already taken. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}
