import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

// Drives scripts/migrate.mjs as a developer would, against a brand-new empty database.
describe("offline migrations", () => {
  const name = `ib_revise_migrate_${randomUUID().slice(0, 8)}`;
  const adminUrl = new URL(process.env.DATABASE_URL!);
  adminUrl.pathname = "/postgres";
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  const migrate = (...args: string[]) =>
    run("node", ["scripts/migrate.mjs", ...args], { env: { ...process.env, DATABASE_URL: url.toString() } })
      .then((r) => ({ code: 0, out: r.stdout + r.stderr }))
      .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }));

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database "${name}"`);
  });
  afterAll(async () => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it("reports pending migrations on an empty database, applies them, then reports no drift", async () => {
    const before = await migrate("status");
    expect(before.code).toBe(1);
    expect(before.out).toContain("Pending migrations");

    const deploy = await migrate("deploy");
    expect(deploy.code).toBe(0);
    expect(deploy.out).toMatch(/Applied: \d+_init/);

    const after = await migrate("status");
    expect(after.out).toContain("No drift");
    expect(after.code).toBe(0);

    expect((await migrate("deploy")).out).toContain("No pending migrations");
  });

  it("detects drift when the database was changed outside the migrations", async () => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query("alter table users add column nickname text");
    await client.end();
    const status = await migrate("status");
    expect(status.code).toBe(1);
    expect(status.out).toContain("Added column `nickname`");
  });
});
