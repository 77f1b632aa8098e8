// Validates the seed content and prints counts: `npx tsx prisma/seed/content/check-content.ts`.
import { loadContent } from "./load-content";

loadContent()
  .then((content) => {
    let q = 0;
    let f = 0;
    for (const c of content) {
      q += c.questions.length;
      f += c.flashcards.length;
      console.log(
        `${c.subject.slug.padEnd(28)} courses ${c.subject.courses.length}  questions ${String(c.questions.length).padStart(4)}  flashcards ${String(c.flashcards.length).padStart(4)}`,
      );
    }
    console.log(`${content.length} subjects, ${q} questions, ${f} flashcards: OK`);
  })
  .catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
