#!/usr/bin/env node
// Offline replacement for `prisma migrate dev|deploy|status|diff` (PostgreSQL), driving Prisma's own
// schema engine compiled to wasm (@prisma/schema-engine-wasm) through @prisma/adapter-pg.
// Writes the standard layout (prisma/migrations/<ts>_<name>/migration.sql + migration_lock.toml) and
// the standard _prisma_migrations table (same Rust code as the native engine).
// Env: DATABASE_URL (required), SHADOW_DATABASE_URL (optional, must be an empty DB; default: temp DB).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { parse as parseUrl } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const SCHEMA = process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma";
const MIG_DIR = path.resolve(process.env.PRISMA_MIGRATIONS ?? "prisma/migrations");
const FILTERS = { externalTables: [], externalEnums: [] };

// Fix 1: adapter-pg cannot decode PostgreSQL's internal "char" type (OID 18) that the engine's catalog
// queries return ("Column type 'char' could not be deserialized from the database"): report it as text.
const addFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function (fields) {
  for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
  return addFields.call(this, fields);
};

// Fix 2: adapter-pg's executeScript() splits on ";" (breaks $$ bodies, not atomic). Send the whole
// script as one simple-protocol query, exactly like the native engine (implicit transaction).
const opened = [];
// Fix 1b: the describer reads pg_constraint.contype ("char") as a Rust char, so text is not enough for
// that column: report it as Character (needed as soon as a migration adds a CHECK constraint).
const CHAR_COLUMNS = new Set(["constraint_type"]);
function wholeScript(adapter) {
  opened.push(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, i) => {
      if (CHAR_COLUMNS.has(name)) result.columnTypes[i] = ColumnTypeEnum.Character;
    });
    return result;
  };
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

// Fix 3: own shadow-DB factory. adapter-pg's connectToShadowDb() with a { connectionString } config
// connects the "shadow" pool to the MAIN database, and drops the temp DB before closing its pool.
function pgFactory(url, shadowUrl) {
  const cfg = parseUrl(url);
  const main = new PrismaPg(cfg);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wholeScript(await main.connect()),
    async connectToShadowDb() {
      if (shadowUrl) {
        // dedicated, disposable shadow DB: the wasm engine does not reset it, so we do
        const shadow = wholeScript(await new PrismaPg(parseUrl(shadowUrl)).connect());
        await shadow.executeScript('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";');
        return shadow;
      }
      const admin = new pg.Client(cfg);
      await admin.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = wholeScript(await new PrismaPg({ ...cfg, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}

// The wasm engine reports a Rust panic through this global before throwing; without it the real message is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => console.error(`[schema-engine panic] ${m}`) };

async function loadEngine() {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgPath);
  const inst = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(bgPath.replace(/\.js$/, ".wasm"))), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start();
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const log = (m) => process.env.DEBUG_SCHEMA_ENGINE && console.error("[schema-engine]", m);
  return bg.SchemaEngine.new(
    { datamodels: [[SCHEMA, fs.readFileSync(SCHEMA, "utf8")]] },
    log,
    bindMigrationAwareSqlAdapterFactory(pgFactory(url, process.env.SHADOW_DATABASE_URL)),
  );
}

function migrationsList() {
  const dirs = fs.existsSync(MIG_DIR)
    ? fs
        .readdirSync(MIG_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lock = path.join(MIG_DIR, "migration_lock.toml");
  return {
    baseDir: MIG_DIR,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(MIG_DIR, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: `missing ${f}` },
        },
      };
    }),
  };
}
const schema = () => ({ files: [{ path: SCHEMA, content: fs.readFileSync(SCHEMA, "utf8") }] });
const applyAll = async (engine) => {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters: FILTERS });
  console.log(appliedMigrationNames.length ? `Applied: ${appliedMigrationNames.join(", ")}` : "No pending migrations to apply.");
};

const [cmd, ...args] = process.argv.slice(2);
const flag = (f) => args.includes(f);
// `npm run db:migrate -- add_x` passes the name positionally; `--name add_x` works too.
const nameArg = () => {
  const i = args.indexOf("--name");
  return i >= 0 ? args[i + 1] : args.find((a) => !a.startsWith("--"));
};
const engine = await loadEngine();
try {
  switch (cmd) {
    case "deploy": // = prisma migrate deploy
      await applyAll(engine);
      break;
    case "status": {
      // ~ prisma migrate status
      const d = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters: FILTERS });
      const pending = d.history?.diagnostic === "databaseIsBehind" ? d.history.unappliedMigrationNames : [];
      if (!d.history && !d.failedMigrationNames.length && !d.editedMigrationNames.length) {
        console.log(`Migration history: all ${migrationsList().migrationDirectories.length} migrations applied.`);
      } else {
        if (pending.length) console.log(`Pending migrations: ${pending.join(", ")}. Run npm run db:deploy.`);
        else if (d.history) console.log(`Migration history differs from the database: ${JSON.stringify(d.history)}`);
        if (d.failedMigrationNames.length) console.log(`Failed migrations: ${d.failedMigrationNames.join(", ")}`);
        if (d.editedMigrationNames.length) console.log(`Edited after being applied: ${d.editedMigrationNames.join(", ")}`);
        process.exitCode = 1;
      }
      // Drift: replay the migrations on a shadow database and compare with the real one (what
      // `migrate dev` does); devDiagnostic only reads the target database.
      const dev = await engine.devDiagnostic({ migrationsList: migrationsList(), filters: FILTERS });
      if (!pending.length && dev.action.tag === "reset") {
        console.log(dev.action.reason);
        process.exitCode = 1;
      } else if (!pending.length) console.log("No drift: the database matches the migrations.");
      // A schema.prisma edit that no migration captures yet.
      const unmigrated =
        (
          await engine.diff({
            from: { tag: "migrations", ...migrationsList() },
            to: { tag: "schemaDatamodel", ...schema() },
            script: true,
            exitCode: null,
            filters: FILTERS,
          })
        ).stdout ?? "";
      if (!/^-- This is an empty migration\.\s*$/.test(unmigrated.trim()) && unmigrated.trim()) {
        console.log("schema.prisma has changes that no migration contains yet: run npm run db:migrate -- <name>");
        process.exitCode = 1;
      }
      break;
    }
    case "dev": {
      // = prisma migrate dev [--name x] [--create-only]
      const name = nameArg();
      if (!name) throw new Error("a migration name is required: npm run db:migrate -- <name>");
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`migration name "${name}" must be lower-case letters, digits and underscores`);
      const diag = await engine.devDiagnostic({ migrationsList: migrationsList(), filters: FILTERS });
      if (diag.action.tag === "reset") throw new Error(`${diag.action.reason}\n\nRun 'reset --force' to drop the dev database and re-apply all migrations.`);
      if (!flag("--create-only")) await applyAll(engine);
      // The wasm engine can only compute the "migrations replayed on shadow DB" schema inside
      // devDiagnostic (cached per migration list); re-run it so evaluateDataLoss/createMigration hit the cache.
      await engine.devDiagnostic({ migrationsList: migrationsList(), filters: FILTERS });
      const loss = await engine.evaluateDataLoss({ migrationsList: migrationsList(), schema: schema(), filters: FILTERS });
      for (const w of loss.warnings) console.warn("WARNING:", w.message);
      for (const u of loss.unexecutableSteps) console.warn("UNEXECUTABLE:", u.message);
      const out = await engine.createMigration({
        draft: flag("--create-only"),
        migrationName: name,
        migrationsList: migrationsList(),
        schema: schema(),
        filters: FILTERS,
      });
      if (out.migrationScript === null) {
        console.log("Already in sync, no schema change or pending migration was found.");
        break;
      }
      fs.mkdirSync(path.join(MIG_DIR, out.generatedMigrationName), { recursive: true });
      fs.writeFileSync(path.join(MIG_DIR, out.generatedMigrationName, `migration.${out.extension}`), out.migrationScript);
      const lock = path.join(MIG_DIR, "migration_lock.toml");
      if (!fs.existsSync(lock))
        fs.writeFileSync(
          lock,
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
        );
      console.log(`Created prisma/migrations/${out.generatedMigrationName}/migration.sql`);
      if (!flag("--create-only")) await applyAll(engine);
      break;
    }
    case "diff": // = prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --script
      process.stdout.write(
        (
          await engine.diff({
            from: { tag: "migrations", ...migrationsList() },
            to: { tag: "schemaDatamodel", ...schema() },
            script: true,
            exitCode: null,
            filters: FILTERS,
          })
        ).stdout ?? "",
      );
      break;
    case "reset": // = prisma migrate reset (dev only)
      if (!flag("--force")) throw new Error("reset drops all data: pass --force");
      await engine.reset({ filter: FILTERS });
      await applyAll(engine);
      break;
    default:
      console.error("usage: migrate.mjs deploy | status | dev <name> [--create-only] | diff | reset --force");
      process.exitCode = 2;
  }
} catch (e) {
  console.error("Error:", e?.message ?? e);
  process.exitCode = 1;
} finally {
  engine.free?.();
  await Promise.allSettled(opened.map((a) => a.dispose())); // close pg pools
  process.exit(process.exitCode ?? 0); // the wasm engine may leave timers behind
}
