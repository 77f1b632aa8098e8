import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data-to-object";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("formDataToObject", () => {
  it("nests dotted names, makes arrays of numbered rows and keeps repeated names", () => {
    expect(
      formDataToObject(
        form([
          ["stem", "Find $x$"],
          ["$ACTION_ID_abc", ""],
          ["options.0.id", "A"],
          ["options.0.text", "one"],
          ["options.2.id", "C"],
          ["numericAnswer.value", "1.5"],
          ["markingPoints.0.dependsOn", "M1, A1"],
          ["tag", "x"],
          ["tag", "y"],
        ]),
      ),
    ).toEqual({
      stem: "Find $x$",
      options: [{ id: "A", text: "one" }, { id: "C" }],
      numericAnswer: { value: "1.5" },
      markingPoints: [{ dependsOn: "M1, A1" }],
      tag: ["x", "y"],
    });
  });

  it("leaves files out", () => {
    const data = form([["name", "a"]]);
    data.append("upload", new Blob(["x"]), "x.txt");
    expect(formDataToObject(data)).toEqual({ name: "a" });
  });
});
