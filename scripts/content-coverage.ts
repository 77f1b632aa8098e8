// `npm run content:coverage`: per course, the questions by type and paper, the flashcards, the notes, and
// the leaf topics no question covers yet, read from the seed content files.
import { contentCoverage, MIN_FLASHCARDS, MIN_QUESTIONS } from "@/prisma/seed/content/content-coverage";
import { loadContent } from "@/prisma/seed/content/load-content";

const counts = (tally: Record<string, number>) =>
  Object.entries(tally)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ") || "-";

const courses = contentCoverage(await loadContent());
console.log(`Minimums: ${MIN_QUESTIONS.SL} questions (SL) / ${MIN_QUESTIONS.HL} (HL) and ${MIN_FLASHCARDS} flashcards per course.\n`);
for (const c of courses) {
  const covered = c.leafTopics - c.leafTopicsWithoutQuestions.length;
  console.log(
    `${c.meetsMinimums ? "ok  " : "SHORT"} ${c.slug.padEnd(44)} ${String(c.questions).padStart(4)} questions  ${String(c.flashcards).padStart(4)} cards  leaf topics ${covered}/${c.leafTopics}  notes ${c.leafTopicsWithNotes}/${c.leafTopics}`,
  );
  console.log(`      types: ${counts(c.byType)} · papers: ${counts(c.byPaper)}`);
  if (c.questions && c.leafTopicsWithoutQuestions.length) console.log(`      no question yet: ${c.leafTopicsWithoutQuestions.join(" ")}`);
}
const short = courses.filter((c) => !c.meetsMinimums);
console.log(
  `\n${courses.length - short.length} of ${courses.length} courses meet the minimums${short.length ? `; short: ${short.map((c) => c.slug).join(" ")}` : ""}.`,
);
