import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { assemblePaper } from "./assemble-paper";

// Every written paper the catalog lists can be sat as a mock: a course whose paper had no questions would
// offer a mock the student cannot start. A short mock (a quarter of the marks) is the smallest one offered.
// The seeded subjects only: other tests make courses of their own, with papers they leave empty.
const seededSubjects = fs.readdirSync(path.join(process.cwd(), "prisma/seed/content/subjects")).map((f) => f.replace(/\.ts$/, ""));

describe("mocks in every course", () => {
  it("assemble a short mock of every paper of every published course of the seeded catalog", async () => {
    const courses = await db.course.findMany({
      where: { archivedAt: null, subject: { archivedAt: null, slug: { in: seededSubjects } } },
      select: { slug: true, papers: { select: { code: true } } },
      orderBy: { slug: "asc" },
    });
    expect(courses).toHaveLength(45);
    const empty: string[] = [];
    for (const course of courses) {
      for (const { code } of course.papers) {
        const paper = await assemblePaper(course.slug, code, { seed: 1, scale: 0.25 }).catch((err: unknown) => ({ error: String(err) }));
        if ("error" in paper || paper.questions.length === 0) empty.push(`${course.slug} ${code}${"error" in paper ? `: ${paper.error}` : ""}`);
      }
    }
    expect(empty).toEqual([]);
  });
});
