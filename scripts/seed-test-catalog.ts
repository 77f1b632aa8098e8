// Test catalog for `npm test`: every course of the real catalog now has questions, but the product must
// still behave honestly for a course whose questions are still being written (badges, empty states,
// no Practise or Start that would fail). This adds one such course, with a syllabus and papers and no
// questions, to the test database only. Idempotent; run after the seed.
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { subjectInput } from "@/lib/catalog/catalog-input";
import { upsertSubject } from "@/lib/catalog/upsert-subject";
import { disconnectDb } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";

const comingSoon = subjectInput.parse({
  slug: "coming-soon",
  name: "Coming Soon (test subject)",
  group: 6,
  description: "A test subject whose questions are still being written: it exists only in the test database.",
  courses: [
    {
      level: "SL",
      papers: [{ code: "P1", name: "Paper 1", durationMinutes: 60, totalMarks: 40, calculator: false, weightPercent: 100 }],
      gradeBoundaries: [{ session: "M25", minPercent: { 1: 0, 2: 15, 3: 30, 4: 45, 5: 60, 6: 70, 7: 80 } }],
    },
  ],
  topics: [
    { code: "1", title: "First unit", children: [{ code: "1.1", title: "First topic" }] },
    { code: "2", title: "Second unit" },
  ],
});

try {
  await upsertSubject(comingSoon);
  await invalidateCatalog(["coming-soon-sl"]);
  console.log("test catalog: coming-soon-sl (no questions)");
} finally {
  await disconnectDb();
  redis.disconnect();
}
