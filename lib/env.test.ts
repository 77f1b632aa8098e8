import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x",
  REDIS_URL: "redis://127.0.0.1:6379",
  AUTH_SECRET: "a".repeat(32),
};

describe("parseEnv", () => {
  it("applies defaults and splits the replica list", () => {
    const env = parseEnv({ ...valid, DATABASE_REPLICA_URLS: " postgresql://a@h:5433/x , postgresql://a@h:5434/x ,", CACHE_ENABLED: "0" });
    expect(env.DATABASE_REPLICA_URLS).toEqual(["postgresql://a@h:5433/x", "postgresql://a@h:5434/x"]);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.CACHE_ENABLED).toBe(false);
    expect(env.REDIS_KEY_PREFIX).toBe("ibr:");
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ ...valid, DATABASE_REPLICA_URLS: "", LOG_LEVEL: "" })).toMatchObject({ DATABASE_REPLICA_URLS: [], LOG_LEVEL: "info" });
  });

  it("names every missing variable", () => {
    const { DATABASE_URL: _, AUTH_SECRET: __, ...rest } = valid;
    expect(() => parseEnv(rest)).toThrow(InvalidEnvironmentError);
    try {
      parseEnv(rest);
    } catch (e) {
      expect((e as InvalidEnvironmentError).problems).toEqual(["DATABASE_URL is missing", "AUTH_SECRET is missing"]);
    }
  });

  it("names malformed variables with what is expected", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ URL/);
    expect(() => parseEnv({ ...valid, DATABASE_REPLICA_URLS: "postgresql://ok@h/x,nonsense" })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => parseEnv({ ...valid, DATABASE_POOL_SIZE: "lots" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ ...valid, AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(() => parseEnv({ ...valid, CACHE_ENABLED: "yes" })).toThrow(/CACHE_ENABLED/);
  });

  it("checks the tutor's switch and allowances together", () => {
    expect(parseEnv(valid)).toMatchObject({ TUTOR_ENABLED: true, TUTOR_DAILY_TOKENS_PER_STUDENT: 60_000, TUTOR_MAX_OUTPUT_TOKENS: 800 });
    expect(parseEnv({ ...valid, TUTOR_ENABLED: "false" }).TUTOR_ENABLED).toBe(false);
    expect(() => parseEnv({ ...valid, TUTOR_ENABLED: "off" })).toThrow(/TUTOR_ENABLED/);
    expect(() => parseEnv({ ...valid, TUTOR_DAILY_TOKENS_PER_STUDENT: "1000", TUTOR_MAX_OUTPUT_TOKENS: "800" })).toThrow(
      /TUTOR_DAILY_TOKENS_PER_STUDENT must be at least twice TUTOR_MAX_OUTPUT_TOKENS/,
    );
    expect(() => parseEnv({ ...valid, TUTOR_DAILY_TOKENS_PLATFORM: "5000" })).toThrow(
      /TUTOR_DAILY_TOKENS_PLATFORM must be at least TUTOR_DAILY_TOKENS_PER_STUDENT/,
    );
  });

  it("reads AI prices: defaults, per model pairs, and a pair it cannot read named", () => {
    expect(parseEnv(valid)).toMatchObject({ AI_PRICE_PER_MTOK_IN: 0.15, AI_PRICE_PER_MTOK_OUT: 0.6, AI_MODEL_PRICES: [] });
    expect(parseEnv({ ...valid, AI_PRICE_PER_MTOK_IN: "1", AI_MODEL_PRICES: " gpt-4o=2.5/10, llama3:8b=0/0 " })).toMatchObject({
      AI_PRICE_PER_MTOK_IN: 1,
      AI_MODEL_PRICES: [
        { model: "gpt-4o", in: 2.5, out: 10 },
        { model: "llama3:8b", in: 0, out: 0 },
      ],
    });
    expect(() => parseEnv({ ...valid, AI_MODEL_PRICES: "gpt-4o=2.5" })).toThrow(/AI_MODEL_PRICES.*"gpt-4o=2.5" is not model=in\/out/);
    expect(() => parseEnv({ ...valid, AI_PRICE_PER_MTOK_OUT: "-1" })).toThrow(/AI_PRICE_PER_MTOK_OUT/);
  });
});
