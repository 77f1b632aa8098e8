import { describe, expect, it } from "vitest";
import { diffAuditValues } from "@/lib/audit/diff-audit-values";

describe("diffAuditValues", () => {
  it("lists every key of both sides and marks only the changed ones", () => {
    expect(diffAuditValues({ role: "STUDENT", name: "Ada", tags: ["a"] }, { role: "ADMIN", name: "Ada", tags: ["a"], email: "x@y" })).toEqual([
      { key: "role", before: "STUDENT", after: "ADMIN", changed: true },
      { key: "name", before: "Ada", after: "Ada", changed: false },
      { key: "tags", before: ["a"], after: ["a"], changed: false },
      { key: "email", before: undefined, after: "x@y", changed: true },
    ]);
  });

  it("compares nested values by content", () => {
    expect(diffAuditValues({ opts: [{ id: "A" }] }, { opts: [{ id: "B" }] })).toEqual([
      { key: "opts", before: [{ id: "A" }], after: [{ id: "B" }], changed: true },
    ]);
  });

  it("handles a missing side, and values that are not objects", () => {
    expect(diffAuditValues(null, { fileId: "f" })).toEqual([{ key: "fileId", before: undefined, after: "f", changed: true }]);
    expect(diffAuditValues(null, null)).toEqual([]);
    expect(diffAuditValues([1], [1, 2])).toEqual([{ key: "value", before: [1], after: [1, 2], changed: true }]);
    expect(diffAuditValues("a", "a")).toEqual([{ key: "value", before: "a", after: "a", changed: false }]);
  });
});
