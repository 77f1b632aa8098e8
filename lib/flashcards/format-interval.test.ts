import { describe, expect, it } from "vitest";
import { formatInterval } from "./format-interval";

describe("formatInterval", () => {
  it.each([
    [60_000, "1 minute"],
    [10 * 60_000, "10 minutes"],
    [5 * 3_600_000, "5 hours"],
    [86_400_000, "1 day"],
    [3 * 86_400_000, "3 days"],
    [90 * 86_400_000, "3 months"],
    [730 * 86_400_000, "2 years"],
  ])("%d ms reads %s", (ms, text) => expect(formatInterval(ms)).toBe(text));
});
