import { defineConfig } from "prisma/config";

// The Prisma CLI downloads a native schema engine for migrate/db commands, which fails offline.
// Unless PRISMA_NATIVE_ENGINE=1, point it at /bin/false so those commands fail loudly (never silently
// succeed); migrations run through scripts/migrate.mjs, which drives the wasm engine instead.
if (process.env.PRISMA_NATIVE_ENGINE !== "1") process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Not env("DATABASE_URL"): that throws when unset and would break `prisma generate` on a fresh clone.
  datasource: { url: process.env.DATABASE_URL },
});
