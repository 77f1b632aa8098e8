import { hash, verify } from "@node-rs/argon2";
import { passwordWork } from "@/lib/auth/password-work";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory-hard, so GPU guessing
// is expensive, and about 20–40 ms per hash on one core here.
// algorithm 2 = Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; megabyte "passwords" are a denial-of-service vector. */
export const PASSWORD_MAX_LENGTH = 200;

// Every hash and verification goes through passwordWork: it throws ServiceUnavailableError when this
// instance already has as much argon2 work queued as it takes.

export function hashPassword(password: string): Promise<string> {
  return passwordWork.run(() => hash(password, options));
}

// Verifying against a real hash when the account does not exist keeps the response time the same, so
// timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash, or against nothing (same work, always false) when there is
 * no account or no password. `inSlot` runs once a slot is free, right before the check.
 */
export function checkPassword(passwordHash: string | null | undefined, password: string, inSlot?: () => Promise<void>): Promise<boolean> {
  return passwordWork.run(async () => {
    await inSlot?.();
    if (!passwordHash) {
      dummyHash ??= hash("not-a-real-password-for-timing", options);
      await verify(await dummyHash, password).catch(() => false);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return checkPassword(passwordHash, password);
}

export async function verifyAgainstNothing(password: string): Promise<false> {
  await checkPassword(null, password);
  return false;
}
