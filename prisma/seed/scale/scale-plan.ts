import type { CsvValue } from "./copy-rows";
import { ScaleRandom } from "./scale-random";

export type ScaleOptions = { users: number; attempts: number; cardsPerUser: number; seed: number; now: Date };
export type BankQuestion = { id: string; courseId: string; topicId: string; type: "MCQ" | "NUMERIC" | "WRITTEN"; marks: number; difficulty: number };
export type BankCourse = { id: string; subjectId: string; questions: BankQuestion[]; flashcardIds: string[] };
export type Bank = { banked: BankCourse[]; others: { id: string; subjectId: string }[] };

const DAY = 86_400_000;
const TIMEZONES = [
  "Europe/London",
  "Europe/Madrid",
  "Asia/Singapore",
  "Asia/Hong_Kong",
  "America/New_York",
  "Asia/Dubai",
  "Africa/Nairobi",
  "Asia/Kolkata",
  "Australia/Sydney",
  "America/Sao_Paulo",
];
export const SCALE_EMAIL_DOMAIN = "scale.ib-revise.test";

/**
 * Everything about student i derives from (seed, i) alone, and each table has its own random stream, so
 * each COPY pass regenerates only what it needs and nothing about 220K students is held in memory.
 */
const stream = (options: ScaleOptions, i: number, table: number) => new ScaleRandom((options.seed * 1_000_003 + i) * 8 + table);

export function student(options: ScaleOptions, bank: Bank, i: number) {
  const rng = stream(options, i, 0);
  const now = options.now.getTime();
  const weight = Math.exp(rng.normal()); // log-normal: most students are light users, a few are heavy
  const createdAt = now - (30 + rng.float() * 370) * DAY;
  const lastActiveAt = Math.max(createdAt + DAY, now - rng.float() ** 3 * 60 * DAY);
  const skill = 0.3 + rng.float() * 0.55;
  const id = rng.uuid7(createdAt);
  // Three question-bank courses from different subjects, plus up to two other courses.
  const courses = rng.sample(bank.banked, 3).filter((c, k, all) => all.findIndex((o) => o.subjectId === c.subjectId) === k);
  const taken = new Set(courses.map((c) => c.subjectId));
  const extra = rng.sample(
    bank.others.filter((c) => !taken.has(c.subjectId)),
    rng.int(0, 2),
  );
  return { rng, id, weight, createdAt, lastActiveAt, skill, courses, extra };
}

export function attemptShares(options: ScaleOptions, bank: Bank): Uint32Array {
  const weights = new Float64Array(options.users);
  let total = 0;
  for (let i = 0; i < options.users; i++) total += weights[i] = student(options, bank, i).weight;
  const counts = new Uint32Array(options.users);
  let assigned = 0;
  for (let i = 0; i < options.users; i++) assigned += counts[i] = Math.floor((options.attempts * weights[i]!) / total);
  for (let i = 0; assigned < options.attempts; i = (i + 1) % options.users, assigned++) counts[i]! += 1;
  return counts;
}

export function* userRows(options: ScaleOptions, bank: Bank): Generator<CsvValue[]> {
  for (let i = 0; i < options.users; i++) {
    const s = student(options, bank, i);
    const rng = stream(options, i, 1);
    yield [
      s.id,
      `student-${i}@${SCALE_EMAIL_DOMAIN}`,
      `Student ${i}`,
      "STUDENT",
      "ACTIVE",
      new Date(s.createdAt),
      rng.pick(TIMEZONES),
      rng.float() < 0.85 ? "MAY" : "NOVEMBER",
      2027 + rng.int(0, 1),
      new Date(s.createdAt + DAY / 24),
      new Date(s.lastActiveAt),
      new Date(s.createdAt),
      new Date(s.lastActiveAt),
    ];
  }
}

export function* enrolmentRows(options: ScaleOptions, bank: Bank): Generator<CsvValue[]> {
  for (let i = 0; i < options.users; i++) {
    const s = student(options, bank, i);
    const rng = stream(options, i, 2);
    for (const c of [...s.courses, ...s.extra]) yield [rng.uuid7(s.createdAt + DAY / 24), s.id, c.id, rng.int(4, 7), new Date(s.createdAt + DAY / 24)];
  }
}

export function* attemptRows(options: ScaleOptions, bank: Bank, counts: Uint32Array): Generator<CsvValue[]> {
  for (let i = 0; i < options.users; i++) {
    const s = student(options, bank, i);
    const rng = stream(options, i, 3);
    const courses = s.courses.filter((c) => c.questions.length);
    for (let k = 0; k < counts[i]! && courses.length; k++) {
      const q = rng.pick(rng.pick(courses).questions);
      const at = s.lastActiveAt - rng.float() ** 1.5 * Math.min(180 * DAY, s.lastActiveAt - s.createdAt);
      const pCorrect = Math.min(0.97, Math.max(0.05, s.skill - (q.difficulty - 3) * 0.1));
      const marks = rng.float() < pCorrect ? q.marks : Math.floor(rng.float() * q.marks * 0.8);
      const answer =
        q.type === "MCQ"
          ? `{"optionId":"${rng.pick(["A", "B", "C", "D"])}"}`
          : q.type === "NUMERIC"
            ? `{"value":${rng.int(1, 999)}}`
            : `{"text":"synthetic answer"}`;
      const spent = Math.round(rng.int(20, 240) * 1000 * Math.max(1, q.marks / 2));
      yield [
        rng.uuid7(at),
        s.id,
        q.id,
        q.courseId,
        q.topicId,
        answer,
        "MARKED",
        marks,
        q.marks,
        q.type === "WRITTEN" ? "SELF" : "AUTO",
        1,
        spent,
        new Date(at),
        new Date(at + spent),
      ];
    }
  }
}

export function* cardRows(options: ScaleOptions, bank: Bank): Generator<CsvValue[]> {
  for (let i = 0; i < options.users; i++) {
    const s = student(options, bank, i);
    const rng = stream(options, i, 4);
    const pool = s.courses.flatMap((c) => c.flashcardIds);
    for (const flashcardId of rng.sample(pool, Math.min(options.cardsPerUser, pool.length))) {
      const reviewed = s.lastActiveAt - rng.float() * 20 * DAY;
      const interval = rng.int(1, 30);
      const reps = rng.int(1, 12);
      yield [
        rng.uuid7(reviewed),
        s.id,
        flashcardId,
        new Date(reviewed + interval * DAY),
        (interval * 1.3).toFixed(2),
        (3 + rng.float() * 5).toFixed(2),
        rng.int(0, interval),
        interval,
        0,
        reps,
        rng.int(0, Math.floor(reps / 3)),
        "REVIEW",
        new Date(reviewed),
        new Date(s.createdAt + DAY),
      ];
    }
  }
}

export const userColumns = [
  "id",
  "email",
  "name",
  "role",
  "status",
  "email_verified_at",
  "timezone",
  "exam_month",
  "exam_year",
  "onboarded_at",
  "last_active_at",
  "created_at",
  "updated_at",
];
export const enrolmentColumns = ["id", "user_id", "course_id", "target_grade", "created_at"];
export const attemptColumns = [
  "id",
  "user_id",
  "question_id",
  "course_id",
  "topic_id",
  "answer",
  "status",
  "marks_awarded",
  "max_marks",
  "marked_by",
  "question_version",
  "time_spent_ms",
  "created_at",
  "marked_at",
];
export const cardColumns = [
  "id",
  "user_id",
  "flashcard_id",
  "due",
  "stability",
  "difficulty",
  "elapsed_days",
  "scheduled_days",
  "learning_steps",
  "reps",
  "lapses",
  "state",
  "last_review",
  "created_at",
];
