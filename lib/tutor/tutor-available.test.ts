import { describe, expect, it } from "vitest";
import { tutorAvailable } from "@/lib/tutor/tutor-available";

describe("tutorAvailable", () => {
  it("is true only with a model configured and the kill switch on", () => {
    expect(tutorAvailable({ TUTOR_ENABLED: true, OPENAI_API_KEY: "sk-test" })).toBe(true);
    expect(tutorAvailable({ TUTOR_ENABLED: false, OPENAI_API_KEY: "sk-test" })).toBe(false);
    expect(tutorAvailable({ TUTOR_ENABLED: true })).toBe(false);
    expect(tutorAvailable({ TUTOR_ENABLED: true, OPENAI_API_KEY: "" })).toBe(false);
  });

  it("reads the environment by default, agreeing with the model the API uses", async () => {
    const { tutorModelFromEnv } = await import("@/lib/tutor/tutor-model");
    expect(tutorAvailable()).toBe(tutorModelFromEnv() !== null);
  });
});
