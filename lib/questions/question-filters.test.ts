import { describe, expect, it } from "vitest";
import { BadRequestError } from "@/lib/errors";
import { parseQuestionQuery, questionFiltersInput } from "./question-filters";

const parse = (query: string) => parseQuestionQuery(new URLSearchParams(query));

describe("question bank filters", () => {
  it("normalises a full query", () => {
    const { filters, page } = parse(
      "course=math-aa-hl&topic=1.2&difficulty=2&difficulty=3,4&difficultyMax=3&paper=P1&calculator=false&commandTerm=show%20that&type=NUMERIC&q=%20chain%20rule%20&attempted=no&wrong=yes&bookmarked=yes&limit=10",
    );
    expect(filters).toEqual({
      course: "math-aa-hl",
      topic: "1.2",
      difficulties: [2, 3],
      paper: "P1",
      calculator: false,
      commandTerm: "Show that",
      type: "NUMERIC",
      q: "chain rule",
      notAttempted: true,
      wrong: true,
      bookmarked: true,
    });
    expect(page).toEqual({ afterId: undefined, limit: 10 });
  });

  it("treats the empty values an untouched form submits as no filter", () => {
    const { filters } = parse("course=biology-sl&topic=&difficultyMin=&paper=&calculator=&commandTerm=&type=&q=++&cursor=&limit=");
    expect(filters).toEqual({
      course: "biology-sl",
      topic: undefined,
      difficulties: undefined,
      paper: undefined,
      calculator: undefined,
      commandTerm: undefined,
      type: undefined,
      q: undefined,
      notAttempted: false,
      wrong: false,
      bookmarked: false,
    });
  });

  it("accepts Next's searchParams object with repeated keys as arrays", () => {
    expect(parseQuestionQuery({ course: "physics-hl", difficulty: ["1", "5"], other: undefined }).filters.difficulties).toEqual([1, 5]);
    expect(parseQuestionQuery({ course: "physics-hl", difficultyMin: "4" }).filters.difficulties).toEqual([4, 5]);
  });

  it.each([
    ["", /course is required/],
    ["course=Math AA", /course must be a course slug/],
    ["course=x&topic=1.2;drop", /^Invalid query: topic must be a syllabus code/],
    ["course=x&difficulty=6", /^Invalid query: difficulty must be a whole number from 1 to 5/],
    ["course=x&difficulty=2,hard", /difficulty must be/],
    ["course=x&difficultyMin=4&difficultyMax=2", /difficultyMin must not be above difficultyMax/],
    ["course=x&paper=P9", /paper must be one of P1, P1A, P1B, P2, P3/],
    ["course=x&calculator=maybe", /calculator must be "true" or "false"/],
    ["course=x&commandTerm=Ponder", /commandTerm "Ponder" is not an IB command term/],
    ["course=x&type=ESSAY", /type must be one of MCQ, NUMERIC, WRITTEN/],
    ["course=x&attempted=yes", /attempted can only be "no"/],
    ["course=x&wrong=no", /wrong can only be "yes"/],
    ["course=x&bookmarked=1", /bookmarked can only be "yes"/],
    [`course=x&q=${"a".repeat(201)}`, /q \(search\) must be at most 200 characters/],
    ["course=x&cursor=abc", /^Invalid query: cursor: invalid cursor$/],
    ["course=x&limit=0", /limit must be a whole number from 1 to 50/],
  ])("refuses %s with a 400 naming the filter", (query, message) => {
    let error: unknown;
    try {
      parse(query);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).status).toBe(400);
    expect((error as BadRequestError).message).toMatch(message);
  });

  it("exports the zod schema for reuse, with the filter name as the issue path", () => {
    const r = questionFiltersInput.safeParse({ course: "x", paper: "P7" });
    expect(r.error?.issues[0]?.path).toEqual(["paper"]);
  });
});
