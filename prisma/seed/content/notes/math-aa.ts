import type { SubjectNotes } from "@/lib/notes/topic-note-input";
import { numberAndAlgebraNotes } from "./math-aa/number-and-algebra";
import { functionsNotes } from "./math-aa/functions";
import { geometryAndTrigonometryNotes } from "./math-aa/geometry-and-trigonometry";
import { statisticsAndProbabilityNotes } from "./math-aa/statistics-and-probability";
import { calculusNotes } from "./math-aa/calculus";

// Revision notes for IB Mathematics: Analysis and Approaches, one per leaf topic, read before practising it: the ideas, a worked
// example and what examiners look for. One file per part of the syllabus (notes/math-aa/), so each can be
// written and reviewed on its own.

const notes = [...numberAndAlgebraNotes, ...functionsNotes, ...geometryAndTrigonometryNotes, ...statisticsAndProbabilityNotes, ...calculusNotes];

export default { subject: "math-aa", notes } satisfies SubjectNotes;
