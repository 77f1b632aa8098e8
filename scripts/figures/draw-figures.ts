// Writes every figure drawn in code to prisma/seed/content/figures, where the content cites them:
//   npm run figures:draw    (npx tsx scripts/figures/draw-figures.ts)
// The drawings are deterministic, so running it again changes nothing unless a drawing or its numbers
// changed; draw-figures.test.ts fails when a committed figure and its drawing differ.
import fs from "node:fs";
import path from "node:path";
import { allFigures } from "./all-figures";
import { FIGURES_DIR } from "./figure-spec";

let changed = 0;
for (const { file, draw } of allFigures) {
  const target = path.join(process.cwd(), FIGURES_DIR, file);
  const svg = draw();
  if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === svg) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, svg);
  console.log(`wrote ${path.join(FIGURES_DIR, file)}`);
  changed++;
}
console.log(`${allFigures.length} figures, ${changed} written`);
