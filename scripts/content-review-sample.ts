// `npm run content:review-sample -- <subject> [count] [seed]`: prints a reproducible sample of a subject's
// questions (standalone questions and whole multi-part groups), each with its answer, markscheme and worked
// solution, for a reviewer to read question against markscheme. The sample is spread over the question
// types, so a subject's MCQs, numeric and written questions are all read; the seed makes a review repeatable.
import { loadContent } from "@/prisma/seed/content/load-content";
import type { Question } from "@/lib/questions/question-input";
import type { QuestionGroup } from "@/lib/questions/question-group-input";

type Item = { kind: string; key: string; render: () => string };

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answerOf(q: Question): string {
  if (q.type === "MCQ") return q.options.map((o) => `  ${o.id === q.correctOptionId ? "*" : " "} ${o.id}. ${o.text}`).join("\n");
  if (q.type === "NUMERIC") {
    const n = q.numericAnswer;
    const tol = n.tolerance !== undefined ? ` ± ${n.tolerance}` : n.relativeTolerance !== undefined ? ` ± ${n.relativeTolerance * 100}%` : "";
    return `  answer: ${n.value}${tol}${n.unit ? ` ${n.unit}` : ""}${n.sigFigs ? ` (${n.sigFigs} s.f.)` : ""}`;
  }
  return q.markbands ? `  markbands: ${q.markbands.map((c) => `${c.id} (${c.levels.length} levels)`).join(", ")}` : "  written";
}

function renderQuestion(q: Question, label?: string): string {
  const head = `${label ? `(${label}) ` : ""}${q.key} · ${q.type} · ${q.topicCode} · ${q.levels.join("/")} · ${q.paper} · ${q.commandTerm} · ${q.marks} marks`;
  const points = q.markscheme.map((p) => `  [${p.kind} ${p.marks}] ${p.text}`).join("\n");
  return [head, q.stem, answerOf(q), "markscheme:", points, "worked solution:", q.workedSolution].join("\n");
}

function renderGroup(g: QuestionGroup): string {
  return [`GROUP ${g.key} · ${g.paper}`, g.context, ...g.parts.map((p) => renderQuestion(p, p.label))].join("\n\n");
}

function sample(items: Item[], count: number, random: () => number): Item[] {
  const byKind = new Map<string, Item[]>();
  for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  for (const list of byKind.values()) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  // Round-robin over the kinds, so a subject's rarer types are read too.
  const picked: Item[] = [];
  const kinds = [...byKind.keys()].sort();
  for (let round = 0; picked.length < count && kinds.some((k) => byKind.get(k)!.length > round); round++) {
    for (const k of kinds) {
      const item = byKind.get(k)![round];
      if (picked.length < count && item) picked.push(item);
    }
  }
  return picked;
}

const [subjectSlug, countArg = "10", seedArg = "2026"] = process.argv.slice(2);
const count = Number(countArg);
const seed = Number(seedArg);
if (!subjectSlug || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run content:review-sample -- <subject-slug> [count=10] [seed=2026]");
  process.exit(2);
}
const content = (await loadContent()).find((c) => c.subject.slug === subjectSlug);
if (!content) {
  console.error(`no subject "${subjectSlug}" in prisma/seed/content/subjects`);
  process.exit(2);
}
const items: Item[] = [
  ...content.questions.map((q) => ({ kind: q.type === "WRITTEN" && q.markbands ? "MARKBAND" : q.type, key: q.key, render: () => renderQuestion(q) })),
  ...content.groups.map((g) => ({ kind: "GROUP", key: g.key, render: () => renderGroup(g) })),
];
const picked = sample(items, count, seeded(seed));
console.log(`${subjectSlug}: ${picked.length} of ${items.length} items (seed ${seed})\n`);
for (const [i, item] of picked.entries()) console.log(`=== ${i + 1}. ${item.render()}\n`);
