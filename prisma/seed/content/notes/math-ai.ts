import type { SubjectNotes } from "@/lib/notes/topic-note-input";
import { numberAndAlgebraNotes } from "./math-ai/number-and-algebra";
import { functionsNotes } from "./math-ai/functions";
import { geometryAndTrigonometryNotes } from "./math-ai/geometry-and-trigonometry";
import { statisticsAndProbabilityNotes } from "./math-ai/statistics-and-probability";
import { calculusNotes } from "./math-ai/calculus";

// Revision notes for IB Mathematics: Applications and Interpretation, one per leaf topic, read before practising it: the ideas, a worked
// example and what examiners look for. One file per part of the syllabus (notes/math-ai/), so each can be
// written and reviewed on its own.

const notes = [...numberAndAlgebraNotes, ...functionsNotes, ...geometryAndTrigonometryNotes, ...statisticsAndProbabilityNotes, ...calculusNotes];

export default { subject: "math-ai", notes } satisfies SubjectNotes;
