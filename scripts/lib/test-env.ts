import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/**
 * Puts `.env.test` into process.env, overriding the shell: a test run must never reach the development
 * database because a variable happened to be exported.
 */
export function loadTestEnv(root = process.cwd()): Record<string, string> {
  const values = parseEnv(fs.readFileSync(path.join(root, ".env.test"), "utf8")) as Record<string, string>;
  Object.assign(process.env, values);
  return values;
}
