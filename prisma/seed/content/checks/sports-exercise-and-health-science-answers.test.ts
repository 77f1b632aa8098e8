import { describe, expect, it } from "vitest";
import { questionInput } from "@/lib/questions/question-input";
import sehs from "@/prisma/seed/content/questions/sports-exercise-and-health-science";

// Recomputes every NUMERIC Sports, Exercise and Health Science answer from the data printed in its stem
// (read back out of the stem, so a typo in the data or in the stored answer both fail) and compares it
// with the stored value. Also checks the MCQs' answer keys and that each markscheme covers its marks.

const parsed = sehs.questions.map((raw) => questionInput.parse(raw));
const numericQuestions = new Map(parsed.flatMap((q) => (q.type === "NUMERIC" ? [[q.key, q] as const] : [])));

const question = (key: string) => {
  const q = numericQuestions.get(`sehs-${key}`);
  if (!q) throw new Error(`no numeric question sehs-${key}`);
  return q;
};

/** Every number on the first stem line that starts with `label` (after the label and its colon), e.g. "- Heart rate:". */
function numbersOn(key: string, label: string): number[] {
  const line = question(key)
    .stem.split("\n")
    .map((l) => l.trim())
    .find((l) => l.startsWith(label));
  if (!line) throw new Error(`${key}: no stem line starting "${label}"`);
  // The data follow the line's first colon (a label may contain LaTeX digits such as $\text{O}_2$).
  const rest = line.slice(label.length);
  const data = rest.includes(":") ? rest.slice(rest.indexOf(":") + 1) : rest;
  return (data.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

/** The first number on the stem line starting with `label`. */
function given(key: string, label: string): number {
  const [n] = numbersOn(key, label);
  if (n === undefined) throw new Error(`${key}: no number after "${label}"`);
  return n;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sampleSd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

/** Half a unit in the last significant figure of `value`. */
const halfUnit = (value: number, sigFigs: number) => 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(value))) - sigFigs + 1);

function expectStored(key: string, computed: number) {
  const { numericAnswer } = question(key);
  const allowed = Math.max(
    numericAnswer.tolerance ?? 0,
    (numericAnswer.relativeTolerance ?? 0) * Math.abs(numericAnswer.value),
    numericAnswer.sigFigs ? halfUnit(numericAnswer.value, numericAnswer.sigFigs) : 0,
    1e-9,
  );
  expect(Math.abs(computed - numericAnswer.value), `${key}: computed ${computed}, stored ${numericAnswer.value}`).toBeLessThanOrEqual(allowed);
  // A stem that asks for N significant figures must store sigFigs N.
  const asked = question(key).stem.match(/to (\d) significant figures/);
  expect(numericAnswer.sigFigs, `${key}: sigFigs`).toBe(asked ? Number(asked[1]) : undefined);
}

const g = 9.81;

describe("sports, exercise and health science numeric answers, recomputed from their stems", () => {
  it("covers every numeric question", () => {
    const checked = [
      "a13-01",
      "a13-02",
      "a13-03",
      "a21-01",
      "a21-02",
      "a22-01",
      "a23-04",
      "a31-01",
      "a31-02",
      "a31-03",
      "a32-01",
      "b14-02",
      "b14-03",
      "b14-04",
      "b21-01",
      "b21-02",
      "b21-03",
      "b21-04",
      "b21-06",
      "b23-01",
      "b23-02",
      "b23-05",
      "c22-02",
      "c41-04",
      "c51-03",
      "c52-02",
    ].map((k) => `sehs-${k}`);
    expect([...numericQuestions.keys()].sort()).toEqual(checked.sort());
  });

  it("a13-01: cardiac output = SV × HR, in L min⁻¹", () => {
    expectStored("a13-01", (given("a13-01", "- Stroke volume:") * given("a13-01", "- Heart rate:")) / 1000);
  });

  it("a13-02: stroke volume = Q ÷ HR, in ml", () => {
    expectStored("a13-02", (given("a13-02", "- Cardiac output:") * 1000) / given("a13-02", "- Heart rate:"));
  });

  it("a13-03: minute ventilation = TV × f", () => {
    expectStored("a13-03", given("a13-03", "- Tidal volume:") * given("a13-03", "- Breathing frequency:"));
  });

  it("a21-01: percentage body mass loss", () => {
    const before = given("a21-01", "- Body mass before:");
    const after = given("a21-01", "- Body mass after:");
    expectStored("a21-01", ((before - after) / before) * 100);
  });

  it("a21-02: sweat rate", () => {
    const lost = given("a21-02", "- Body mass before:") - given("a21-02", "- Body mass after:");
    const sweat = lost + given("a21-02", "- Fluid drunk") - given("a21-02", "- Urine passed");
    const hours = Number(/during a ([\d.]+)-hour/.exec(question("a21-02").stem)?.[1]);
    expect(hours).toBeGreaterThan(0);
    expectStored("a21-02", sweat / hours);
  });

  it("a22-01: daily carbohydrate energy", () => {
    const grams = given("a22-01", "- Body mass:") * given("a22-01", "- Carbohydrate recommendation:");
    expectStored("a22-01", grams * given("a22-01", "- Energy from carbohydrate:"));
  });

  it("a23-04: respiratory exchange ratio", () => {
    expectStored("a23-04", given("a23-04", "- Carbon dioxide production:") / given("a23-04", "- Oxygen consumption:"));
  });

  it("a31-01: Karvonen training heart rate", () => {
    const max = 220 - given("a31-01", "- Age:");
    const rest = given("a31-01", "- Resting heart rate:");
    expectStored("a31-01", rest + (given("a31-01", "- Training intensity:") / 100) * (max - rest));
  });

  it("a31-02: relative VO2max", () => {
    expectStored("a31-02", (given("a31-02", "- Absolute") * 1000) / given("a31-02", "- Body mass:"));
  });

  it("a31-03: percentage change in VO2max", () => {
    const before = given("a31-03", "- Before:");
    expectStored("a31-03", ((given("a31-03", "- After:") - before) / before) * 100);
  });

  it("a32-01: BMI", () => {
    expectStored("a32-01", given("a32-01", "- Body mass:") / given("a32-01", "- Height:") ** 2);
  });

  it("b14-02: torque", () => {
    expectStored("b14-02", given("b14-02", "- Muscle force:") * given("b14-02", "- Perpendicular distance"));
  });

  it("b14-03: mechanical advantage", () => {
    expectStored("b14-03", given("b14-03", "- Effort arm") / given("b14-03", "- Load arm"));
  });

  it("b14-04: biceps force from balanced torques", () => {
    const loadTorque = given("b14-04", "- Weight of dumbbell:") * given("b14-04", "- Distance from elbow to dumbbell:");
    expectStored("b14-04", loadTorque / given("b14-04", "- Distance from elbow to biceps insertion:"));
  });

  it("b21-01: acceleration", () => {
    const dv = given("b21-01", "- Velocity after") - given("b21-01", "- Initial velocity:");
    expectStored("b21-01", dv / given("b21-01", "- Time taken:"));
  });

  it("b21-02: momentum", () => {
    expectStored("b21-02", given("b21-02", "- Mass:") * given("b21-02", "- Velocity:"));
  });

  it("b21-03: mean force from impulse", () => {
    const dp = given("b21-03", "- Mass of ball:") * given("b21-03", "- Velocity of ball after impact:");
    expectStored("b21-03", dp / given("b21-03", "- Contact time"));
  });

  it("b21-04: power of a lift", () => {
    expect(question("b21-04").stem).toContain(`g = ${g}`);
    const work = given("b21-04", "- Mass of barbell:") * g * given("b21-04", "- Vertical distance lifted:");
    expectStored("b21-04", work / given("b21-04", "- Time taken:"));
  });

  it("b21-06: conservation of angular momentum", () => {
    const momentum = given("b21-06", "- Moment of inertia in layout:") * given("b21-06", "- Angular velocity in layout:");
    expectStored("b21-06", momentum / given("b21-06", "- Moment of inertia in tuck:"));
  });

  it("b23-01: mean speed", () => {
    expectStored("b23-01", given("b23-01", "- Distance:") / given("b23-01", "- Time:"));
  });

  it("b23-02: standard deviation of sprint times", () => {
    const times = numbersOn("b23-02", "Times:");
    expect(times).toHaveLength(6);
    expectStored("b23-02", sampleSd(times));
  });

  it("b23-05: jump height from flight time", () => {
    expect(question("b23-05").stem).toContain(`g = ${g}`);
    const up = given("b23-05", "- Flight time:") / 2;
    expectStored("b23-05", 0.5 * g * up ** 2);
  });

  it("c22-02: percentage change in reaction time", () => {
    const before = given("c22-02", "- Before:");
    expectStored("c22-02", ((given("c22-02", "- After:") - before) / before) * 100);
  });

  it("c41-04: mean anxiety score", () => {
    const scores = numbersOn("c41-04", "Scores:");
    expect(scores).toHaveLength(6);
    expectStored("c41-04", mean(scores));
  });

  it("c51-03: change in success rate in percentage points", () => {
    const [earlyMade = Number.NaN, earlyTaken = Number.NaN] = numbersOn("c51-03", "- Free throws scored early season:");
    const [lateMade = Number.NaN, lateTaken = Number.NaN] = numbersOn("c51-03", "- Free throws scored late season:");
    expectStored("c51-03", (lateMade / lateTaken - earlyMade / earlyTaken) * 100);
  });

  it("c52-02: standard deviation of imagery scores", () => {
    const scores = numbersOn("c52-02", "Scores:");
    expect(scores).toHaveLength(6);
    expectStored("c52-02", sampleSd(scores));
  });
});

describe("sports, exercise and health science question bank", () => {
  it("gives every MCQ four distinct options and a correct key among them", () => {
    for (const q of parsed) {
      if (q.type !== "MCQ") continue;
      expect(new Set(q.options.map((o) => o.text)).size, q.key).toBe(q.options.length);
      expect(
        q.options.map((o) => o.id),
        q.key,
      ).toContain(q.correctOptionId);
      expect(q.markscheme[0]?.text.startsWith(`${q.correctOptionId}:`), `${q.key}: markscheme names the key`).toBe(true);
      expect(q.workedSolution.startsWith(`**${q.correctOptionId}.**`), `${q.key}: worked solution names the key`).toBe(true);
    }
  });

  it("spreads the MCQ answer keys over the options", () => {
    const keys = parsed.flatMap((q) => (q.type === "MCQ" ? [q.correctOptionId] : []));
    for (const letter of ["A", "B", "C", "D"]) expect(keys.filter((k) => k === letter).length, letter).toBeGreaterThan(0);
  });

  it("pairs every LaTeX dollar delimiter and labels invented data as hypothetical", () => {
    for (const q of parsed) {
      for (const text of [q.stem, q.workedSolution]) expect((text.match(/\$/g) ?? []).length % 2, q.key).toBe(0);
      if (q.type === "NUMERIC") expect(q.stem.toLowerCase(), q.key).toContain("hypothetical");
    }
  });
});
