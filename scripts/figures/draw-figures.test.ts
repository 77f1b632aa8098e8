import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { figurePath } from "@/lib/figures/figure-path";
import { prepareFigure } from "@/lib/figures/prepare-figure";
import { questionInput, type SubjectQuestions } from "@/lib/questions/question-input";
import { questionGroupInput } from "@/lib/questions/question-group-input";
import { questionTexts } from "@/lib/questions/question-rules";
import { contentOfQuestion } from "@/lib/questions/question-content";
import biology from "@/prisma/seed/content/questions/biology";
import economics from "@/prisma/seed/content/questions/economics";
import chemistry from "@/prisma/seed/content/questions/chemistry";
import mathAa from "@/prisma/seed/content/questions/math-aa";
import physics from "@/prisma/seed/content/questions/physics";
import { allFigures } from "./all-figures";
import { FIGURES_DIR } from "./figure-spec";

// Every figure drawn in code is redrawn here: the committed file must be exactly its drawing (so a figure
// and the numbers it is drawn from never drift apart), and the figure store must take it as it is.

const figures = allFigures.map((f) => [f.file, f] as const);
const committed = (file: string) => fs.readFileSync(path.join(process.cwd(), FIGURES_DIR, file), "utf8");

describe("figures drawn in code", () => {
  it("names each file once, under the folder of a subject", () => {
    const files = allFigures.map((f) => f.file);
    expect(new Set(files).size).toBe(files.length);
    for (const file of files) expect(file).toMatch(/^[a-z-]+\/[a-z0-9-]+\.svg$/);
  });

  it.each(figures)("%s: the committed file is its drawing (run npm run figures:draw after changing either)", (file, { draw }) => {
    expect(committed(file)).toBe(draw());
  });

  it.each(figures)("%s: draws the same every time", (_file, { draw }) => {
    expect(draw()).toBe(draw());
  });

  it.each(figures)("%s: passes the sanitiser unchanged and keeps its size", (_file, { draw }) => {
    const svg = draw();
    const { content, contentType, ref } = prepareFigure(Buffer.from(svg));
    expect(contentType).toBe("image/svg+xml");
    // Only the final newline goes: nothing of the drawing is taken out or rewritten.
    expect(content.toString("utf8")).toBe(svg.trimEnd());
    const [, width, height] = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(ref).toMatchObject({ width: Number(width), height: Number(height), extension: "svg" });
  });

  it.each(figures)("%s: reads at 100% on a phone: at most 640 wide, labels at least 14 px, in the figure font", (_file, { draw }) => {
    const svg = draw();
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThanOrEqual(280);
    expect(width).toBeLessThanOrEqual(640);
    expect(svg).toContain('font-family="Helvetica, Arial, sans-serif"');
    const sizes = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.filter((s) => s < 14)).toEqual([]);
  });

  it("leaves no figure file in a drawn subject's folder that nothing draws", () => {
    const drawn = new Set(allFigures.map((f) => f.file));
    const folders = new Set(allFigures.map((f) => path.dirname(f.file)));
    const onDisk = [...folders].flatMap((folder) =>
      fs
        .readdirSync(path.join(process.cwd(), FIGURES_DIR, folder))
        .filter((name) => name.endsWith(".svg"))
        .map((name) => `${folder}/${name}`),
    );
    expect(onDisk.filter((file) => !drawn.has(file))).toEqual([]);
  });

  it("shows every figure in a question of its subject", () => {
    const banks: Record<string, SubjectQuestions> = { "math-aa": mathAa, physics, chemistry, economics, biology };
    // Each bank's texts, parsed once: [key, every text of the question] for one-part questions, and for a
    // multi-part question its group key with its context and all its parts' texts.
    const textsOf = new Map<string, [key: string, texts: string[]][]>();
    const bankTexts = (subject: string): [string, string[]][] => {
      if (!textsOf.has(subject)) {
        const bank = banks[subject]!;
        textsOf.set(subject, [
          ...bank.questions.map((raw): [string, string[]] => {
            const q = questionInput.parse(raw);
            return [q.key, questionTexts(contentOfQuestion(q, "")).map(([, text]) => text)];
          }),
          ...(bank.groups ?? []).map((raw): [string, string[]] => {
            const g = questionGroupInput.parse(raw);
            return [g.key, [g.context, ...g.parts.flatMap((q) => questionTexts(contentOfQuestion(q, "")).map(([, text]) => text))]];
          }),
        ]);
      }
      return textsOf.get(subject)!;
    };
    for (const { file, draw } of allFigures) {
      const subject = file.split("/")[0]!;
      const address = figurePath(prepareFigure(Buffer.from(draw())).ref);
      expect(banks[subject], `a question bank for ${subject}`).toBeDefined();
      const showing = bankTexts(subject)
        .filter(([, texts]) => texts.some((text) => text.includes(address)))
        .map(([key]) => key);
      expect(showing.length, `${file} is shown by a question`).toBeGreaterThan(0);
      expect(
        showing.every((key) => /-(fig|mp)-\d{2}$/.test(key)),
        `${file} is shown by figure questions or multi-part questions`,
      ).toBe(true);
    }
  });
});
