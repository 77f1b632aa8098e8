import { z } from "zod";

// The only reader of process.env. Everything is checked once, at import, so a bad deployment fails at
// start with the variable's name instead of at the first request that needs it.

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v), "must be a postgresql:// URL");

const booleanFlag = z.enum(["true", "false", "1", "0", ""]).transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: postgresUrl,
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(postgresUrl)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How often each replica's reachability, recovery state and lag are checked. */
  REPLICA_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  /** A replica further behind than this is taken out of rotation; its reads go to the primary. */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().positive().max(3_600).default(10),
  /** Consecutive healthy checks before a replica taken out of rotation serves reads again. */
  REPLICA_RECOVERY_CHECKS: z.coerce.number().int().min(1).max(100).default(2),
  REDIS_URL: z
    .string()
    .trim()
    .refine((v) => /^rediss?:\/\/.+/.test(v) && URL.canParse(v), "must be a redis:// or rediss:// URL"),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]*$/, "letters, digits and _ : . - only")
    .default("ibr:"),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(250),
  CACHE_ENABLED: booleanFlag.default(true),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** Days a session lives without use; every use extends it. */
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * How often a session is checked against its user's row (role, status, session generation): the
   * longest a revocation whose Redis delete failed can lag. One primary-key read per session per period.
   */
  SESSION_DB_CHECK_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  /**
   * While Redis is unreachable (not a miss), a session Redis confirmed within this many minutes is still
   * accepted from the cookie's copy; 0 refuses every session during an outage. Also how long a
   * revocation can lag during one.
   */
  SESSION_REDIS_GRACE_MINUTES: z.coerce.number().int().min(0).max(1_440).default(15),
  /**
   * Password hashes (argon2id, ~30 ms of one core each) computed at once per instance; more wait in a
   * queue of PASSWORD_HASH_QUEUE, and past that a sign-in, sign-up or reset answers 503 instead of
   * starving every other request of CPU.
   */
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).max(10_000).default(64),
  /**
   * Proxies in front of the app that append to X-Forwarded-For (a load balancer, a CDN): per-IP limits
   * key on the address the outermost one saw. 0: none (the right-most address, which Next sets from the
   * socket). nginx or an ALB alone: 1; CloudFront + ALB: 2; Vercel: 1.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Google sign-in is offered only when both are set. */
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  /** smtp:// or smtps:// URL. Unset: emails stay in the outbox (visible at /dev/emails outside production). */
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v) && URL.canParse(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("IB Revise <no-reply@ib-revise.local>"),
  /** The admin account `npm run setup` creates or updates. */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(200).optional(),
  /** Bearer token for /api/metrics (Prometheus); unset = the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Names this instance in the `x-instance-id` response header of API routes (behind a load balancer). */
  INSTANCE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1-64 letters, digits and _ . : -")
    .optional(),
  /** OTLP collector for traces (e.g. http://otel-collector:4318); unset = no tracing. Read by instrumentation.ts. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /**
   * Background jobs go to Inngest when any of these is set (Inngest Cloud: event + signing key;
   * self-hosted `inngest start`: INNGEST_BASE_URL and both keys; local dev server: INNGEST_DEV=1).
   * None set: inline mode, jobs run in-process (single machine only).
   */
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_BASE_URL: z.url().optional(),
  INNGEST_DEV: booleanFlag.default(false),
  /** Inline mode only: run scheduled jobs (cron) in this process. Off for one-off scripts and tests. */
  JOBS_SCHEDULER: booleanFlag.default(true),
  /** Written-answer feedback from a language model: off unless a key is set. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** An OpenAI-compatible server (vLLM, Ollama, LM Studio, a gateway); default OpenAI's API. */
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  /** Where `next build` wrote its output (the benchmark builds into its own folder). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  AI_FEEDBACK_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(20_000),
  /**
   * The AI tutor's kill switch: false hides it everywhere (its API answers 404) without a deploy. It also
   * needs a model (OPENAI_API_KEY); without one it does not exist either.
   */
  TUTOR_ENABLED: booleanFlag.default(true),
  /** Model tokens (in + out) one student may use with the tutor per UTC day. */
  TUTOR_DAILY_TOKENS_PER_STUDENT: z.coerce.number().int().min(1_000).max(10_000_000).default(60_000),
  /** Model tokens all students together may use with the tutor per UTC day: the bill's ceiling. */
  TUTOR_DAILY_TOKENS_PLATFORM: z.coerce.number().int().min(1_000).max(10_000_000_000).default(5_000_000),
  /** The longest answer the tutor may write (tokens); also what is reserved from the allowance up front. */
  TUTOR_MAX_OUTPUT_TOKENS: z.coerce.number().int().min(50).max(8_000).default(800),
  /** A tutor answer still streaming after this long is cut (what arrived is kept). */
  TUTOR_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(60_000),
  /**
   * What a million model tokens cost (in the provider's currency), for the admin usage page's estimate:
   * the default for every model, and per model as `model=in/out` pairs (`gpt-4o=2.5/10,gpt-4o-mini=0.15/0.6`).
   */
  AI_PRICE_PER_MTOK_IN: z.coerce.number().min(0).max(10_000).default(0.15),
  AI_PRICE_PER_MTOK_OUT: z.coerce.number().min(0).max(10_000).default(0.6),
  AI_MODEL_PRICES: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const prices: { model: string; in: number; out: number }[] = [];
      for (const pair of v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        const match = /^([^=\s]+)=(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(pair);
        if (!match) {
          ctx.addIssue({ code: "custom", message: `"${pair}" is not model=in/out (prices per million tokens)` });
          return z.NEVER;
        }
        prices.push({ model: match[1]!, in: Number(match[2]), out: Number(match[3]) });
      }
      return prices;
    }),
});

export type Env = z.infer<typeof envSchema>;

const checkedEnvSchema = envSchema.superRefine((e, ctx) => {
  if (Boolean(e.AUTH_GOOGLE_ID) !== Boolean(e.AUTH_GOOGLE_SECRET)) {
    ctx.addIssue({
      code: "custom",
      path: [e.AUTH_GOOGLE_ID ? "AUTH_GOOGLE_SECRET" : "AUTH_GOOGLE_ID"],
      message: "must be set together with its pair to enable Google sign-in",
    });
  }
  // Every tutor request reserves its longest possible answer first: a smaller allowance refuses them all.
  if (e.TUTOR_DAILY_TOKENS_PER_STUDENT < 2 * e.TUTOR_MAX_OUTPUT_TOKENS)
    ctx.addIssue({ code: "custom", path: ["TUTOR_DAILY_TOKENS_PER_STUDENT"], message: "must be at least twice TUTOR_MAX_OUTPUT_TOKENS" });
  if (e.TUTOR_DAILY_TOKENS_PLATFORM < e.TUTOR_DAILY_TOKENS_PER_STUDENT)
    ctx.addIssue({ code: "custom", path: ["TUTOR_DAILY_TOKENS_PLATFORM"], message: "must be at least TUTOR_DAILY_TOKENS_PER_STUDENT" });
});

export class InvalidEnvironmentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "InvalidEnvironmentError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value means "not set": lets .env keep a documented but blank line.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = checkedEnvSchema.safeParse(present);
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map((i) => {
      const name = String(i.path[0] ?? "environment");
      return i.code === "invalid_type" && present[name] === undefined ? `${name} is missing` : `${name} ${i.message}`;
    }),
  );
}

// The environment holds secrets and exists only on the server. A client component that imports this
// module (directly or through a server module) fails here with a message saying so.
if (typeof window !== "undefined") {
  throw new Error("lib/env.ts was bundled into client code: import only types from server modules in client components.");
}

export const env: Env = parseEnv(process.env);
