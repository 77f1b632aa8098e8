import type { CsvValue } from "./copy-rows";
import { type Bank, type ScaleOptions, student } from "./scale-plan";
import { ScaleRandom } from "./scale-random";

// Classes for the scale seed: every student is in a class of their first course, and every third one in
// a class of their second too (so a write fans out to several classes), about 8 000 classes for 220 000
// students. Most classes have 25–30 students, one in forty has 300 (a whole year group). Each class has
// a teacher (one per four classes) and three assignments: two question sets (due two weeks and three days
// ago) and a mock paper (due in four days), with the members' work on them.

export const SCALE_TEACHER_DOMAIN = "teachers.scale.ib-revise.test";
export const SCALE_CLASS_PREFIX = "Scale class";
const CLASSES_PER_TEACHER = 4;
const BIG_CLASS_SIZE = 300;
const DAY = 86_400_000;

export type PlannedClass = { index: number; id: string; courseId: string; questionIds: string[]; members: number[]; createdAt: number };

// Streams of their own (away from the students' (seed, i) streams): 0 class, 1 assignments, 2 teacher, 3–4 question-set work, 5 mock work.
const classStream = (options: ScaleOptions, k: number, table: number) => new ScaleRandom((options.seed * 1_000_003 + 500_000_000 + k) * 16 + table);

/** Fills classes course by course in student order; deterministic for the same options and bank. */
export function planClasses(options: ScaleOptions, bank: Bank): PlannedClass[] {
  const classes: PlannedClass[] = [];
  const open = new Map<string, { planned: PlannedClass; size: number }>();
  const place = (courseId: string, i: number) => {
    let current = open.get(courseId);
    if (!current) {
      const k = classes.length;
      const rng = classStream(options, k, 0);
      const course = bank.banked.find((c) => c.id === courseId)!;
      const planned: PlannedClass = {
        index: k,
        id: rng.uuid7(options.now.getTime() - 200 * DAY),
        courseId,
        questionIds: rng.sample(course.questions, 10).map((q) => q.id),
        members: [],
        createdAt: options.now.getTime() - 200 * DAY,
      };
      current = { planned, size: rng.int(1, 40) === 1 ? BIG_CLASS_SIZE : rng.int(25, 30) };
      classes.push(planned);
      open.set(courseId, current);
    }
    current.planned.members.push(i);
    if (current.planned.members.length >= current.size) open.delete(courseId);
  };
  for (let i = 0; i < options.users; i++) {
    const s = student(options, bank, i);
    if (s.courses[0]) place(s.courses[0].id, i);
    if (i % 3 === 0 && s.courses[1]) place(s.courses[1].id, i);
  }
  return classes;
}

export const teacherCount = (classes: PlannedClass[]) => Math.ceil(classes.length / CLASSES_PER_TEACHER);
const teacherId = (options: ScaleOptions, t: number) => classStream(options, t, 2).uuid7(options.now.getTime() - 300 * DAY);

export function* teacherRows(options: ScaleOptions, classes: PlannedClass[]): Generator<CsvValue[]> {
  const at = new Date(options.now.getTime() - 300 * DAY);
  for (let t = 0; t < teacherCount(classes); t++)
    yield [teacherId(options, t), `teacher-${t}@${SCALE_TEACHER_DOMAIN}`, `Teacher ${t}`, "TEACHER", "ACTIVE", at, "Europe/London", at, at, at];
}
export const teacherColumns = ["id", "email", "name", "role", "status", "email_verified_at", "timezone", "onboarded_at", "created_at", "updated_at"];

export function* classRows(classes: PlannedClass[]): Generator<CsvValue[]> {
  for (const c of classes) yield [c.id, c.courseId, `${SCALE_CLASS_PREFIX} ${c.index}`, "MAY", 2027, new Date(c.createdAt)];
}
export const classColumns = ["id", "course_id", "name", "exam_month", "exam_year", "created_at"];

export function* classTeacherRows(options: ScaleOptions, classes: PlannedClass[]): Generator<CsvValue[]> {
  for (const c of classes) yield [c.id, teacherId(options, Math.floor(c.index / CLASSES_PER_TEACHER)), new Date(c.createdAt)];
}
export const classTeacherColumns = ["class_id", "user_id", "added_at"];

export function* classMemberRows(options: ScaleOptions, bank: Bank, classes: PlannedClass[]): Generator<CsvValue[]> {
  for (const c of classes) for (const i of c.members) yield [c.id, student(options, bank, i).id, new Date(c.createdAt + DAY)];
}
export const classMemberColumns = ["class_id", "user_id", "joined_at"];

/** The three assignments of a class: [id, kind, release, due]. */
function assignmentsOf(options: ScaleOptions, c: PlannedClass) {
  const rng = classStream(options, c.index, 1);
  const now = options.now.getTime();
  return [
    { id: rng.uuid7(now - 21 * DAY), kind: "QUESTIONS", title: "Topic set 1", releaseAt: now - 21 * DAY, dueAt: now - 14 * DAY },
    { id: rng.uuid7(now - 10 * DAY), kind: "QUESTIONS", title: "Topic set 2", releaseAt: now - 10 * DAY, dueAt: now - 3 * DAY },
    { id: rng.uuid7(now - 3 * DAY), kind: "MOCK", title: "Paper 1 mock", releaseAt: now - 3 * DAY, dueAt: now + 4 * DAY },
  ] as const;
}

const pgArray = (ids: string[]) => `{${ids.join(",")}}`;

export function* assignmentRows(options: ScaleOptions, classes: PlannedClass[]): Generator<CsvValue[]> {
  for (const c of classes) {
    const teacher = teacherId(options, Math.floor(c.index / CLASSES_PER_TEACHER));
    for (const a of assignmentsOf(options, c)) {
      const questions = a.kind === "QUESTIONS" ? pgArray(c.questionIds.slice(0, 5)) : "{}";
      yield [
        a.id,
        c.id,
        a.title,
        a.kind,
        questions,
        a.kind === "MOCK" ? "P1" : null,
        "{}",
        new Date(a.releaseAt),
        new Date(a.dueAt),
        "Europe/London",
        teacher,
        new Date(a.releaseAt),
      ];
    }
  }
}
export const assignmentColumns = [
  "id",
  "class_id",
  "title",
  "kind",
  "question_ids",
  "paper",
  "topic_ids",
  "release_at",
  "due_at",
  "timezone",
  "created_by_id",
  "created_at",
];

/** Most members start a question set and most of those finish it, a few late. */
export function* assignmentSessionRows(options: ScaleOptions, bank: Bank, classes: PlannedClass[]): Generator<CsvValue[]> {
  for (const c of classes) {
    for (const [n, a] of assignmentsOf(options, c)
      .filter((x) => x.kind === "QUESTIONS")
      .entries()) {
      const rng = classStream(options, c.index, 3 + n);
      for (const i of c.members) {
        if (rng.float() > 0.75) continue;
        const started = a.releaseAt + rng.float() * 6 * DAY;
        const completed = rng.float() < 0.85 ? (rng.float() < 0.85 ? Math.min(a.dueAt - DAY / 24, started + DAY) : a.dueAt + rng.float() * 2 * DAY) : null;
        const questionIds = pgArray(c.questionIds.slice(0, 5));
        yield [
          rng.uuid7(started),
          student(options, bank, i).id,
          c.courseId,
          "{}",
          questionIds,
          completed ? 5 : rng.int(0, 4),
          completed ? "COMPLETED" : "IN_PROGRESS",
          new Date(started),
          new Date(completed ?? started),
          completed ? new Date(completed) : null,
          a.id,
        ];
      }
    }
  }
}
export const sessionColumns = [
  "id",
  "user_id",
  "course_id",
  "filters",
  "question_ids",
  "current_index",
  "status",
  "started_at",
  "last_active_at",
  "completed_at",
  "assignment_id",
];

/** Half the members have started the mock; most of those have handed it in, marked. */
export function* assignmentMockRows(options: ScaleOptions, bank: Bank, classes: PlannedClass[]): Generator<CsvValue[]> {
  for (const c of classes) {
    const mock = assignmentsOf(options, c).find((x) => x.kind === "MOCK")!;
    const rng = classStream(options, c.index, 5);
    for (const i of c.members) {
      if (rng.float() > 0.5) continue;
      const s = student(options, bank, i);
      const started = mock.releaseAt + rng.float() * 2 * DAY;
      const submitted = rng.float() < 0.7;
      const marks = Math.round(40 * Math.min(1, Math.max(0, s.skill + (rng.float() - 0.5) * 0.3)));
      yield [
        rng.uuid7(started),
        s.id,
        c.courseId,
        "P1",
        "{}",
        submitted ? "COMPLETED" : "IN_PROGRESS",
        new Date(started),
        new Date(started + 90 * 60_000),
        submitted ? new Date(started + 80 * 60_000) : null,
        40,
        submitted ? marks : null,
        mock.id,
      ];
    }
  }
}
export const mockColumns = [
  "id",
  "user_id",
  "course_id",
  "paper",
  "question_ids",
  "status",
  "started_at",
  "deadline_at",
  "submitted_at",
  "total_marks",
  "marks_awarded",
  "assignment_id",
];
