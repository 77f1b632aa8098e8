import { describe, expect, it } from "vitest";
import { parseStartMockForm } from "./start-mock-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("parseStartMockForm", () => {
  it("reads the chosen paper, the short option and the local duration override", () => {
    expect(parseStartMockForm(form({ choice: "physics-sl|P1", durationSeconds: "" }))).toEqual({
      success: true,
      data: { courseSlug: "physics-sl", paper: "P1", scale: 1, durationSeconds: undefined },
    });
    expect(parseStartMockForm(form({ choice: "math-aa-hl|P2", short: "on", durationSeconds: "15" }))).toEqual({
      success: true,
      data: { courseSlug: "math-aa-hl", paper: "P2", scale: 0.25, durationSeconds: 15 },
    });
  });

  it("says what is wrong", () => {
    expect(parseStartMockForm(form({}))).toMatchObject({ success: false, state: { error: "Choose a paper." } });
    expect(parseStartMockForm(form({ choice: "physics-sl|P7" }))).toMatchObject({ success: false, state: { error: "Choose a paper." } });
    expect(parseStartMockForm(form({ choice: "physics-sl|P1", durationSeconds: "5" }))).toMatchObject({
      success: false,
      state: { fieldErrors: { durationSeconds: "At least 10 seconds." } },
    });
    expect(parseStartMockForm(form({ choice: "physics-sl|P1", durationSeconds: "abc" }))).toMatchObject({
      success: false,
      state: { fieldErrors: { durationSeconds: "Enter a whole number of seconds." } },
    });
  });
});
