import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { rejectsCsv } from "./report-csv";

describe("rejectsCsv", () => {
  it("writes one line per rejected row with its reasons, quoting what needs quoting", () => {
    const csv = rejectsCsv([
      { row: 2, key: "aa-1", reasons: ["course is required", 'topic "9.9" is not in the syllabus of math-aa-sl'] },
      { row: 5, key: null, reasons: ["the row has 3 cells, but the header has 20 columns"] },
    ]);
    expect(parse(csv)).toEqual([
      ["row", "key", "reasons"],
      ["2", "aa-1", 'course is required; topic "9.9" is not in the syllabus of math-aa-sl'],
      ["5", "", "the row has 3 cells, but the header has 20 columns"],
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = rejectsCsv([{ row: 3, key: '=HYPERLINK("http://evil.example")', reasons: ["+1 is not a key", "@SUM(A1)"] }]);
    const [, line] = parse(csv) as string[][];
    expect(line).toEqual(["3", '\'=HYPERLINK("http://evil.example")', "'+1 is not a key; @SUM(A1)"]);
  });

  it("is just the header when nothing was rejected", () => {
    expect(rejectsCsv([])).toBe("row,key,reasons\r\n");
  });
});
