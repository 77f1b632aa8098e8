import type { commandTerms, MarkingPointInput } from "@/lib/questions/question-input";
import { applyRounding } from "./latex-format";
import type { GeneratedQuestion, GeneratorCheck, QuestionGenerator } from "./question-generator";

export type QuestionParts = {
  difficulty: number;
  marks: number;
  paper: "P1" | "P2";
  commandTerm: (typeof commandTerms)[number];
  stem: string;
  markscheme: MarkingPointInput[];
  workedSolution: string;
};

type GeneratorInfo = Pick<QuestionGenerator, "id" | "topicCode" | "levels">;

function base(gen: GeneratorInfo, seed: number, parts: QuestionParts) {
  return {
    key: `gen-${gen.id}-${seed}`,
    levels: [...gen.levels],
    topicCode: gen.topicCode,
    difficulty: parts.difficulty,
    marks: parts.marks,
    paper: parts.paper,
    // Maths P1 is the non-calculator paper; every other paper these generators target allows one.
    calculator: parts.paper !== "P1",
    commandTerm: parts.commandTerm,
    stem: parts.stem,
    // Keywords are built from computed numbers, which can coincide ("0" twice); repeats add nothing.
    markscheme: parts.markscheme.map((p) => (p.keywords ? { ...p, keywords: [...new Set(p.keywords)] } : p)),
    workedSolution: parts.workedSolution,
    source: { kind: "generated" as const, generator: gen.id, seed },
  };
}

/** A NUMERIC question whose stored answer is `check.expected` rounded as `check.rounding` says. */
export function numericQuestion(
  gen: GeneratorInfo,
  seed: number,
  parts: QuestionParts,
  check: Extract<GeneratorCheck, { expected: number }>,
  unit?: string,
): GeneratedQuestion {
  const value = applyRounding(check.expected, check.rounding);
  const sigFigs = check.rounding.mode === "sigFigs" ? check.rounding.digits : undefined;
  // A stem that asks for the significant figures is marked on them, as the seed bank's are.
  const sigFigsExact = sigFigs !== undefined && /significant figures?/i.test(parts.stem);
  return {
    ...base(gen, seed, parts),
    type: "NUMERIC",
    numericAnswer: { value, ...(sigFigs ? { sigFigs } : {}), ...(sigFigsExact ? { sigFigsExact } : {}), ...(unit ? { unit } : {}) },
    check,
  };
}

/** A WRITTEN question: the expected expression lives in the markscheme and, as data, in `check`. */
export function writtenQuestion(gen: GeneratorInfo, seed: number, parts: QuestionParts, check: GeneratorCheck): GeneratedQuestion {
  return { ...base(gen, seed, parts), type: "WRITTEN", check };
}
