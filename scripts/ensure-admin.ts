// Creates or updates the admin account named by ADMIN_EMAIL / ADMIN_PASSWORD (run by `npm run setup`).
// There is no default password: without both variables no admin is created, and production refuses
// an ADMIN_EMAIL without a password.
import { env } from "@/lib/env";
import { db } from "@/lib/db/prisma";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endStaleSessions } from "@/lib/auth/session-store";
import { runScript } from "./lib/run-script";

async function main() {
  const email = env.ADMIN_EMAIL?.toLowerCase();
  if (!email || !env.ADMIN_PASSWORD) {
    if (email && env.NODE_ENV === "production")
      throw new Error("ADMIN_EMAIL is set but ADMIN_PASSWORD is missing: refusing to create an admin without a password.");
    console.log("No admin account configured (set ADMIN_EMAIL and ADMIN_PASSWORD in .env to create one).");
    return;
  }
  const existing = await db.$primary().user.findUnique({ where: { email }, select: { id: true, status: true, role: true, passwordHash: true } });
  if (!existing) {
    const now = new Date();
    await db.user.create({
      data: { email, name: "Administrator", passwordHash: await hashPassword(env.ADMIN_PASSWORD), role: "ADMIN", emailVerifiedAt: now, onboardedAt: now },
    });
    console.log(`Admin account ready: ${email}`);
    return;
  }
  // A suspension or deletion is an admin's decision on the platform; setup does not quietly undo it.
  if (existing.status !== "ACTIVE") {
    console.warn(`ADMIN_EMAIL ${email} is ${existing.status.toLowerCase()}: left as it is. Reactivate it from another admin account.`);
    return;
  }
  const samePassword = existing.passwordHash ? await verifyPassword(existing.passwordHash, env.ADMIN_PASSWORD) : false;
  if (samePassword && existing.role === "ADMIN") {
    console.log(`Admin account ready: ${email}`);
    return;
  }
  // A new password (or role) ends the account's existing sessions, as any password change does.
  await db.user.update({
    where: { id: existing.id },
    data: { role: "ADMIN", ...(samePassword ? {} : { passwordHash: await hashPassword(env.ADMIN_PASSWORD) }), sessionGeneration: { increment: 1 } },
  });
  const ended = await endStaleSessions(existing.id);
  console.log(
    `Admin account ready: ${email} (${samePassword ? "made admin" : "password set from ADMIN_PASSWORD"}; ${ended ?? "its"} earlier session(s) ended)`,
  );
}

runScript(main);
