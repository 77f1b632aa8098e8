import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { countQueries } from "@/lib/db/query-counter";
import { recordAttempts, type AttemptToRecord } from "@/lib/attempts/record-attempts";
import { toggleBookmark } from "@/lib/bookmarks/toggle-bookmark";
import { upsertQuestion } from "@/lib/questions/upsert-question";
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import type { MarkResult } from "@/lib/marking/marking-types";
import { BadRequestError } from "@/lib/errors";
import { listQuestions, stemPreview, type QuestionListItem } from "./list-questions";
import { parseQuestionQuery } from "./question-filters";
import { encodeCursor } from "@/lib/pagination/cursor";

// listQuestions reads the replica; the test's own writes go to the primary. Wait until they are replayed.
async function waitForReplica() {
  const [primary] = await db.$primary().$queryRaw<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
  for (let i = 0; i < 200; i++) {
    const [r] = await db.$replica().$queryRaw<{ ok: boolean }[]>`select coalesce(pg_last_wal_replay_lsn() >= ${primary!.lsn}::pg_lsn, true) as ok`;
    if (r?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("replica did not catch up");
}

/** SQL statements sent through node-postgres while `work` runs (this file's tests run one at a time). */
async function statementsSent(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const list = (userId: string | null, query: string) => {
  const { filters, page } = parseQuestionQuery(new URLSearchParams(query));
  return listQuestions(userId, filters, page);
};

/** Every item for a query, following nextCursor to the end. */
async function walk(userId: string | null, query: string, limit = 50): Promise<QuestionListItem[]> {
  const out: QuestionListItem[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page: Awaited<ReturnType<typeof listQuestions>> = await list(userId, `${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    out.push(...page.items);
    if (!(cursor = page.nextCursor)) return out;
  }
  throw new Error("too many pages");
}

const result = (marksAwarded: number, maxMarks: number, status: MarkResult["status"] = "MARKED"): MarkResult => ({
  status,
  marksAwarded,
  maxMarks,
  pointAwards: [],
  markedBy: status === "MARKED" ? "AUTO" : null,
  feedback: "",
});

type BankQuestion = {
  id: string;
  courseId: string;
  topicId: string;
  marks: number;
  version: number;
  difficulty: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  type: string;
};

describe("listQuestions filters", () => {
  const courses = ["biology-hl", "math-aa-hl"] as const;
  const bank = new Map<string, BankQuestion[]>();
  const topics = new Map<string, { id: string; code: string; parentId: string | null }[]>();
  let userId: string;
  // What the user did, to compute the expected per-user sets independently of SQL.
  const attempted = new Set<string>();
  const wrongNow = new Set<string>();
  const bookmarked = new Set<string>();

  beforeAll(async () => {
    userId = (await db.user.create({ data: { email: `bank-${randomUUID()}@example.test` } })).id;
    for (const slug of courses) {
      bank.set(
        slug,
        await db.$primary().question.findMany({
          where: { course: { slug }, status: "PUBLISHED" },
          orderBy: { id: "asc" },
          select: {
            id: true,
            courseId: true,
            topicId: true,
            marks: true,
            version: true,
            difficulty: true,
            paper: true,
            calculator: true,
            commandTerm: true,
            type: true,
          },
        }),
      );
      topics.set(slug, await db.$primary().topic.findMany({ where: { course: { slug }, archivedAt: null }, select: { id: true, code: true, parentId: true } }));
    }
    const qs = bank.get("biology-hl")!;
    const attempt = (q: BankQuestion, awarded: number, status: MarkResult["status"] = "MARKED"): AttemptToRecord => ({
      question: q,
      answer: { type: "WRITTEN", text: "x" },
      result: result(status === "MARKED" ? awarded : 0, q.marks, status),
      timeSpentMs: 1,
    });
    // One call per round, so that later attempts are strictly later.
    const rounds: [BankQuestion, number, MarkResult["status"]?][][] = [
      [
        [qs[0]!, qs[0]!.marks],
        [qs[1]!, 0],
        [qs[2]!, 0],
        [qs[3]!, qs[3]!.marks],
        [qs[4]!, 0, "AWAITING_MARKING"],
        [qs[40]!, 0],
        [qs[90]!, qs[90]!.marks],
      ],
      [
        [qs[2]!, qs[2]!.marks],
        [qs[3]!, 0],
        [qs[5]!, 0],
      ],
      [[qs[4]!, 0, "AWAITING_MARKING"]],
    ];
    for (const round of rounds) {
      await recordAttempts(
        userId,
        round.map(([q, awarded, status]) => attempt(q, awarded, status)),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const q of rounds.flat().map(([q]) => q)) attempted.add(q.id);
    // Latest marked attempt short of full marks: 1 (0), 3 (full then 0), 5, 40. Not 2 (0 then full), not 4 (never marked).
    for (const i of [1, 3, 5, 40]) wrongNow.add(qs[i]!.id);
    for (const i of [0, 1, 3, 7, 60, 120]) {
      await toggleBookmark(userId, qs[i]!.id, true);
      bookmarked.add(qs[i]!.id);
    }
    await waitForReplica();
  });
  afterAll(async () => {
    await db.user.delete({ where: { id: userId } });
  });

  function descendants(slug: string, code: string): Set<string> {
    const all = topics.get(slug)!;
    const root = all.find((t) => t.code === code)!;
    const ids = new Set([root.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const t of all) if (t.parentId && ids.has(t.parentId) && !ids.has(t.id)) grew = ids.add(t.id).size > 0;
    }
    return ids;
  }
  // A top-level topic whose questions all sit in subtopics, and a leaf with questions.
  const rootWithSubtopics = (slug: string) => topics.get(slug)!.find((t) => t.parentId === null && topics.get(slug)!.some((c) => c.parentId === t.id))!.code;
  const leafWithQuestions = (slug: string) => {
    const used = new Set(bank.get(slug)!.map((q) => q.topicId));
    return topics.get(slug)!.find((t) => used.has(t.id) && !topics.get(slug)!.some((c) => c.parentId === t.id))!.code;
  };

  type Case = [string, (slug: string) => string, (q: BankQuestion, slug: string) => boolean];
  const cases: Case[] = [
    ["no filter", () => "", () => true],
    ["a topic with its subtopics", (s) => `topic=${rootWithSubtopics(s)}`, (q, s) => descendants(s, rootWithSubtopics(s)).has(q.topicId)],
    ["a leaf topic", (s) => `topic=${leafWithQuestions(s)}`, (q, s) => descendants(s, leafWithQuestions(s)).has(q.topicId)],
    ["repeated difficulty", () => "difficulty=2&difficulty=4", (q) => [2, 4].includes(q.difficulty)],
    ["difficulty range and paper", () => "difficultyMin=2&difficultyMax=3&paper=P2", (q) => q.difficulty >= 2 && q.difficulty <= 3 && q.paper === "P2"],
    ["calculator and type", () => "calculator=false&type=NUMERIC", (q) => !q.calculator && q.type === "NUMERIC"],
    ["command term (any case)", () => "commandTerm=explain", (q) => q.commandTerm === "Explain"],
    [
      "topic, difficulty list, paper and type together",
      (s) => `topic=${rootWithSubtopics(s)}&difficulty=1,2,3&type=WRITTEN&calculator=true`,
      (q, s) => descendants(s, rootWithSubtopics(s)).has(q.topicId) && q.difficulty <= 3 && q.type === "WRITTEN" && q.calculator,
    ],
    ["not yet attempted", () => "attempted=no", (q) => !attempted.has(q.id)],
    ["got wrong", () => "wrong=yes", (q) => wrongNow.has(q.id)],
    ["bookmarked", () => "bookmarked=yes", (q) => bookmarked.has(q.id)],
    ["bookmarked and wrong", () => "bookmarked=yes&wrong=yes", (q) => bookmarked.has(q.id) && wrongNow.has(q.id)],
    [
      "not attempted, difficulty ≥ 3, paper P1A",
      () => "attempted=no&difficultyMin=3&paper=P1A",
      (q) => !attempted.has(q.id) && q.difficulty >= 3 && q.paper === "P1A",
    ],
  ];

  const matched = new Map<string, number>();
  for (const slug of courses) {
    it.each(cases)(`${slug}: %s matches an independent filter over the bank`, async (name, query, keep) => {
      const got = await walk(userId, `course=${slug}&${query(slug)}`);
      const expected = bank
        .get(slug)!
        .filter((q) => keep(q, slug))
        .map((q) => q.id);
      expect(got.map((i) => i.id)).toEqual(expected);
      matched.set(name, (matched.get(name) ?? 0) + expected.length);
    });
  }

  it("every case above matched something in at least one course (no vacuous comparisons)", () => {
    expect(cases.filter(([name]) => !matched.get(name)).map(([name]) => name)).toEqual([]);
    expect([...bookmarked].filter((id) => wrongNow.has(id))).toHaveLength(2);
  });

  it("reports bookmarks, attempts and the latest marked score on each item", async () => {
    const qs = bank.get("biology-hl")!;
    const items = new Map((await walk(userId, "course=biology-hl")).map((i) => [i.id, i]));
    expect(items.get(qs[1]!.id)).toMatchObject({ bookmarked: true, attempted: true, lastScore: { marksAwarded: 0, maxMarks: qs[1]!.marks } });
    expect(items.get(qs[2]!.id)).toMatchObject({ bookmarked: false, attempted: true, lastScore: { marksAwarded: qs[2]!.marks } });
    expect(items.get(qs[4]!.id)).toMatchObject({ attempted: true, lastScore: null });
    expect(items.get(qs[7]!.id)).toMatchObject({ bookmarked: true, attempted: false, lastScore: null });
    const anonymous = await list(null, "course=biology-hl&limit=50");
    expect(anonymous.items.every((i) => !i.bookmarked && !i.attempted)).toBe(true);
  });

  it("says which items' topics have a published revision note (seeded: every Psychology topic, no Computer Science one)", async () => {
    const psychology = await list(null, "course=psychology-sl&limit=50");
    expect(psychology.items.length).toBeGreaterThan(0);
    expect(psychology.items.every((i) => i.topic.hasNote)).toBe(true);
    const computing = await list(null, "course=computer-science-sl&limit=50");
    expect(computing.items.length).toBeGreaterThan(0);
    expect(computing.items.some((i) => i.topic.hasNote)).toBe(false);
  });

  it("full-text search uses the stem, worked solution and markscheme, combined with other filters", async () => {
    const got = await walk(userId, "course=biology-hl&q=enzyme");
    expect(got.length).toBeGreaterThan(0);
    for (const item of got) expect(item.stemPreview.length).toBeGreaterThan(0);
    const rows = await db.$primary().question.findMany({
      where: { id: { in: got.map((i) => i.id) } },
      select: { stem: true, workedSolution: true, markingPoints: { select: { text: true } } },
    });
    for (const r of rows) expect([r.stem, r.workedSolution, ...r.markingPoints.map((p) => p.text)].join(" ")).toMatch(/enzym/i);
    const leaf = rootWithSubtopics("biology-hl");
    const narrowed = await walk(userId, `course=biology-hl&q=enzyme&topic=${leaf}`);
    const inTopic = descendants("biology-hl", leaf);
    const byId = new Map(bank.get("biology-hl")!.map((q) => [q.id, q]));
    expect(narrowed.map((i) => i.id)).toEqual(got.map((i) => i.id).filter((id) => inTopic.has(byId.get(id)!.topicId)));
    expect(await walk(userId, 'course=biology-hl&q="no such phrase anywhere"')).toEqual([]);
    // A websearch query never fails on syntax.
    await expect(walk(userId, "course=biology-hl&q=enzyme -(( or")).resolves.toBeDefined();
  });

  it("uses at most 4 queries, on the first page and on a deep page alike", async () => {
    const all = bank.get("biology-hl")!;
    const firstPage = () => list(userId, "course=biology-hl&topic=B&difficultyMin=1&attempted=no&q=cell&limit=2");
    const deepPage = () => list(userId, `course=biology-hl&wrong=yes&bookmarked=yes&limit=5&cursor=${encodeCursor(all[all.length - 10]!.id)}`);
    for (const work of [firstPage, deepPage]) {
      expect((await countQueries(work)).queries).toBeLessThanOrEqual(4);
      // Also counted at the driver: every statement that reaches PostgreSQL, whichever client sent it. It is
      // usually two, but the spy also sees statements of anything else in flight, so hold it to the same bound.
      expect(await statementsSent(work)).toBeLessThanOrEqual(4);
    }
  });

  it("clamps the limit to 50 and refuses unknown courses and topics with 400", async () => {
    expect((await list(userId, "course=biology-hl&limit=500")).items).toHaveLength(50);
    expect((await list(userId, "course=biology-hl")).items).toHaveLength(20);
    await expect(list(userId, "course=no-such-course")).rejects.toThrow(BadRequestError);
    await expect(list(userId, "course=no-such-course")).rejects.toThrow(/course/);
    await expect(list(userId, "course=biology-hl&topic=Z9.9")).rejects.toThrow(/topic.*Z9\.9/);
  });
});

describe("listQuestions pagination", () => {
  const slug = "physics-sl";
  const keys: string[] = [];
  afterAll(async () => {
    await db.question.deleteMany({ where: { key: { in: keys } } });
    await invalidateCatalog([slug]);
  });

  it("never repeats or skips a question while new ones are published during the walk", async () => {
    const before = await db
      .$primary()
      .question.findMany({ where: { course: { slug }, status: "PUBLISHED" }, orderBy: { id: "asc" }, select: { id: true, topicId: true, courseId: true } });
    const template = await db.$primary().question.findFirstOrThrow({ where: { id: before[0]!.id }, include: { markingPoints: true } });
    const seen: string[] = [];
    const inserted: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: Awaited<ReturnType<typeof listQuestions>> = await list(null, `course=${slug}&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.items.length).toBeLessThanOrEqual(7);
      seen.push(...res.items.map((i) => i.id));
      if (page === 2 || page === 5) {
        for (let n = 0; n < 3; n++) {
          const key = `test-bank-walk-${randomUUID()}`;
          keys.push(key);
          inserted.push(
            await upsertQuestion(
              {
                key,
                levels: ["SL"],
                topicCode: "x",
                type: "WRITTEN",
                difficulty: 2,
                marks: 1,
                paper: "P2",
                calculator: true,
                commandTerm: "State",
                stem: `Inserted during the walk ${n}.`,
                workedSolution: "-",
                source: { kind: "original" },
                markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "x", dependsOn: [], keywords: [] }],
              },
              { key, courseId: template.courseId, topicId: template.topicId },
            ),
          );
        }
        await waitForReplica();
      }
      if (!(cursor = res.nextCursor)) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen); // strictly ascending ids
    const seenSet = new Set(seen);
    expect(before.filter((q) => !seenSet.has(q.id))).toEqual([]);
    // UUIDv7 ids of new questions sort after the cursor, so each appears (once) later in the walk.
    expect(inserted.filter((id) => !seenSet.has(id))).toEqual([]);
    expect(seen).toHaveLength(before.length + inserted.length);
  });
});

describe("stemPreview", () => {
  it("keeps LaTeX as written, including escaped dollars inside formulas", () => {
    expect(stemPreview(String.raw`Mira invests $\$5000$ at $3.6\%$ a year.`)).toBe(String.raw`Mira invests $\$5000$ at $3.6\%$ a year.`);
    expect(stemPreview(String.raw`It costs \$5 to play.`)).toBe(String.raw`It costs \$5 to play.`);
    expect(stemPreview("Find\n\n$$\\int_0^1 x\\,dx$$\n\nexactly.")).toBe("Find $\\int_0^1 x\\,dx$ exactly.");
  });

  it("removes Markdown markup but not maths or a minus sign after a formula", () => {
    expect(stemPreview("# Title\n\nDefine **opportunity cost** and *ceteris paribus* (see [notes](https://x.test)).")).toBe(
      "Title Define opportunity cost and ceteris paribus (see notes).",
    );
    expect(stemPreview("Solve $x^2$ - 3 = 0 for snake_case x.\n- first\n- second")).toBe("Solve $x^2$ - 3 = 0 for snake_case x. first second");
    expect(stemPreview("| Species | n |\n|---|---|\n| A | 20 |")).toBe("Species n A 20");
  });

  it("stays within 200 characters, cuts at a word, and never inside a formula", () => {
    const words = stemPreview("word ".repeat(100));
    expect(words.length).toBeLessThanOrEqual(200);
    expect(words).toMatch(/^(word )+word…$/);
    const beforeFormula = stemPreview(`${"a".repeat(185)} then $\\frac{1}{2}+\\frac{3}{4}$ end`);
    expect(beforeFormula).toBe(`${"a".repeat(185)} then…`);
  });

  it("gives a short, balanced preview for every stem in the seeded bank", async () => {
    const stems = await db.$primary().question.findMany({ where: { status: "PUBLISHED" }, select: { stem: true } });
    for (const { stem } of stems) {
      const preview = stemPreview(stem);
      expect(preview.length).toBeLessThanOrEqual(200);
      expect(preview.length).toBeGreaterThan(10);
      // Every formula that starts also ends: an odd number of unescaped $ would break rendering.
      expect(preview.replaceAll("\\$", "").split("$").length % 2, preview).toBe(1);
    }
  });
});
