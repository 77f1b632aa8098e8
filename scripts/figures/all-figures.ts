// Every figure the content uses that is drawn in code, by subject.
import { chemistryFigures } from "./chemistry";
import type { FigureSpec } from "./figure-spec";
import { biologyFigures } from "./biology";
import { economicsFigures } from "./economics";
import { mathAaFigures } from "./math-aa";
import { physicsFigures } from "./physics";

export const allFigures: FigureSpec[] = [...mathAaFigures, ...physicsFigures, ...chemistryFigures, ...economicsFigures, ...biologyFigures];
