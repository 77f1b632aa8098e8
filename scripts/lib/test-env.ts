import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/**
 * Puts `.env.test` into process.env, overriding the shell: a test run must never reach the development
 * database because a variable happened to be exported. An uncommitted `.env.test.local` may then override
 * it, so that two checkouts on one machine can test side by side (own database, key prefix and ports).
 */
export function loadTestEnv(root = process.cwd()): Record<string, string> {
  const values = readEnvFile(path.join(root, ".env.test")) ?? {};
  Object.assign(values, readEnvFile(path.join(root, ".env.test.local")) ?? {});
  Object.assign(process.env, values);
  return values;
}

function readEnvFile(file: string): Record<string, string> | undefined {
  if (!fs.existsSync(file)) return undefined;
  return parseEnv(fs.readFileSync(file, "utf8")) as Record<string, string>;
}
