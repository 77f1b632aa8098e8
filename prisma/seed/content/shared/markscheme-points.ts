import type { MarkingPointInput } from "@/lib/questions/question-input";

// Builders for markscheme points, shared by question files that want them (IB conventions: POINT for a
// science/humanities marking point, M for method, A for accuracy that depends on a method mark).

/** A POINT marking point ("/" separates accepted alternatives). */
export const point = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "POINT", marks, text, keywords });

/** A method mark. */
export const method = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "M", marks, text, keywords });

/** An accuracy mark, awarded only after the method marks it depends on. */
export const accuracy = (id: string, marks: number, text: string, dependsOn: string[], keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "A",
  marks,
  text,
  dependsOn,
  keywords,
});
