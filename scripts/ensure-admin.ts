// Creates or updates the admin account named by ADMIN_EMAIL / ADMIN_PASSWORD (run by `npm run setup`).
// There is no default password: without both variables no admin is created, and production refuses
// an ADMIN_EMAIL without a password.
import { env } from "@/lib/env";
import { db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import { runScript } from "./lib/run-script";

async function main() {
  const email = env.ADMIN_EMAIL?.toLowerCase();
  if (!email || !env.ADMIN_PASSWORD) {
    if (email && env.NODE_ENV === "production") throw new Error("ADMIN_EMAIL is set but ADMIN_PASSWORD is missing: refusing to create an admin without a password.");
    console.log("No admin account configured (set ADMIN_EMAIL and ADMIN_PASSWORD in .env to create one).");
    return;
  }
  const passwordHash = await hashPassword(env.ADMIN_PASSWORD);
  const now = new Date();
  await db.user.upsert({
    where: { email },
    create: { email, name: "Administrator", passwordHash, role: "ADMIN", emailVerifiedAt: now, onboardedAt: now },
    update: { passwordHash, role: "ADMIN", status: "ACTIVE" },
  });
  console.log(`Admin account ready: ${email}`);
}

runScript(main);
