import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { upsertQuestion } from "@/lib/questions/upsert-question";
import { toggleBookmark } from "./toggle-bookmark";

describe("toggleBookmark", () => {
  let userId: string;
  let published: string;
  let draft: string;
  const draftKey = `test-bookmark-draft-${randomUUID()}`;

  beforeAll(async () => {
    userId = (await db.user.create({ data: { email: `bookmarks-${randomUUID()}@example.test` } })).id;
    const q = await db
      .$primary()
      .question.findFirstOrThrow({ where: { course: { slug: "chemistry-sl" }, status: "PUBLISHED" }, select: { id: true, courseId: true, topicId: true } });
    published = q.id;
    draft = await upsertQuestion(
      {
        key: draftKey,
        levels: ["SL"],
        topicCode: "x",
        type: "WRITTEN",
        difficulty: 1,
        marks: 1,
        paper: "P2",
        calculator: false,
        commandTerm: "State",
        stem: "Draft.",
        workedSolution: "-",
        source: { kind: "original" },
        markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "x", dependsOn: [], keywords: [] }],
      },
      { key: draftKey, courseId: q.courseId, topicId: q.topicId },
      "DRAFT",
    );
  });
  afterAll(async () => {
    await db.user.delete({ where: { id: userId } });
    await db.question.delete({ where: { id: draft } });
  });

  it("adds once however often it is asked, and removes idempotently", async () => {
    expect(await toggleBookmark(userId, published, true)).toEqual({ questionId: published, bookmarked: true });
    await toggleBookmark(userId, published, true);
    expect(await db.$primary().bookmark.count({ where: { userId } })).toBe(1);
    expect(await toggleBookmark(userId, published, false)).toEqual({ questionId: published, bookmarked: false });
    await toggleBookmark(userId, published, false);
    expect(await db.$primary().bookmark.count({ where: { userId } })).toBe(0);
  });

  it("refuses questions that are not published or do not exist", async () => {
    await expect(toggleBookmark(userId, draft, true)).rejects.toThrow(NotFoundError);
    await expect(toggleBookmark(userId, randomUUID(), true)).rejects.toThrow(NotFoundError);
    expect(await db.$primary().bookmark.count({ where: { userId } })).toBe(0);
  });
});
