import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { BadRequestError, ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers, type TestUser } from "@/lib/test-support/users";
import { addCoTeacher } from "./add-co-teacher";
import { archiveClass } from "./archive-class";
import { classTaughtBy } from "./class-actor";
import { setClassJoining } from "./class-joining";
import { createClass } from "./create-class";
import { getClassRoster } from "./get-class-roster";
import { findClassByCode, joinClass } from "./join-class";
import { formatJoinCode, normaliseJoinCode } from "./join-code";
import { leaveClass } from "./leave-class";
import { listStudentClasses } from "./list-student-classes";
import { listTeacherClasses } from "./list-teacher-classes";
import { removeClassMember } from "./remove-class-member";

let teacher: TestUser;
let otherTeacher: TestUser;
let student: TestUser;
const users: string[] = [];
const classes: string[] = [];

const newUser = async (role: TestUser["role"] = "STUDENT") => {
  const user = await createTestUser({ role });
  users.push(user.id);
  return user;
};
const newClass = async (actor: TestUser = teacher, input: Record<string, unknown> = {}) => {
  const created = await createClass(actor, { name: "IB Physics SL, year 1", courseSlug: "physics-sl", examMonth: "MAY", examYear: "2027", ...input });
  classes.push(created.id);
  return created;
};

beforeAll(async () => {
  teacher = await newUser("TEACHER");
  otherTeacher = await newUser("TEACHER");
  student = await newUser();
});
afterAll(async () => {
  await db.schoolClass.deleteMany({ where: { id: { in: classes } } });
  await deleteTestUsers(users);
});

describe("join codes", () => {
  it("accept what a student types, in any case, with a hyphen or spaces, and refuse what cannot be a code", () => {
    expect(normaliseJoinCode(" abcd-ef23 ")).toBe("ABCDEF23");
    expect(normaliseJoinCode("ABCD EF23")).toBe("ABCDEF23");
    expect(normaliseJoinCode("ABCDEF2")).toBeNull();
    expect(normaliseJoinCode("ABCDEF20")).toBeNull(); // 0 is never in a code: it reads as O
    expect(formatJoinCode("ABCDEF23")).toBe("ABCD-EF23");
  });
});

describe("creating a class", () => {
  it("makes the teacher its teacher, gives it a code, lists it, and audits it", async () => {
    const { id, joinCode } = await newClass();
    expect(normaliseJoinCode(joinCode)).toBe(joinCode);
    expect(await listTeacherClasses(teacher)).toContainEqual({
      id,
      name: "IB Physics SL, year 1",
      course: { slug: "physics-sl", name: expect.any(String) },
      exam: "May 2027",
      joinCode,
      members: 0,
    });
    expect(await listTeacherClasses(otherTeacher)).not.toContainEqual(expect.objectContaining({ id }));
    expect(await auditEntries(id)).toEqual([
      {
        actorId: teacher.id,
        action: "class.create",
        before: null,
        after: { name: "IB Physics SL, year 1", courseSlug: "physics-sl", examMonth: "MAY", examYear: 2027 },
      },
    ]);
  });

  it("is for teachers only, and says what is wrong with the form", async () => {
    expect(await rejectionOf(createClass(student, { name: "Mine", courseSlug: "physics-sl" }))).toBeInstanceOf(ForbiddenError);
    const blank = await rejectionOf(createClass(teacher, { name: " ", courseSlug: "physics-sl" }));
    expect(blank).toBeInstanceOf(BadRequestError);
    expect((blank as BadRequestError).message).toBe("name: Give the class a name.");
    expect(((await rejectionOf(createClass(teacher, { name: "X", courseSlug: "no-such-sl" }))) as Error).message).toBe(
      "courseSlug: Choose a course from the list.",
    );
    expect(((await rejectionOf(createClass(teacher, { name: "X", courseSlug: "physics-sl", examMonth: "MAY" }))) as Error).message).toBe(
      "examYear: Give both the exam month and the year, or neither.",
    );
  });
});

describe("joining and leaving", () => {
  it("lets a student join with the code as typed, enrols them in the course, and shows the class in their settings", async () => {
    const { id, joinCode } = await newClass();
    const joiner = await newUser();
    expect(await findClassByCode(formatJoinCode(joinCode).toLowerCase())).toMatchObject({ id, course: { slug: "physics-sl" } });
    expect(await joinClass(joiner.id, formatJoinCode(joinCode).toLowerCase())).toEqual({ classId: id, name: "IB Physics SL, year 1", alreadyMember: false });
    expect(await joinClass(joiner.id, joinCode)).toMatchObject({ alreadyMember: true });
    const enrolled = await db.$primary().enrolment.findMany({ where: { userId: joiner.id }, select: { course: { select: { slug: true } } } });
    expect(enrolled.map((e) => e.course.slug)).toEqual(["physics-sl"]);
    expect((await listStudentClasses(joiner.id)).map((c) => c.id)).toEqual([id]);
    expect(await listStudentClasses(student.id)).not.toContainEqual(expect.objectContaining({ id }));

    const roster = await getClassRoster(teacher, id);
    expect(roster.members.map((m) => m.id)).toEqual([joiner.id]);
    expect(roster.teachers.map((t) => t.id)).toEqual([teacher.id]);

    await leaveClass(joiner.id, id);
    expect(await listStudentClasses(joiner.id)).toEqual([]);
    expect(await rejectionOf(leaveClass(joiner.id, id))).toBeInstanceOf(NotFoundError);
  });

  it("refuses a malformed code with 400 and an unknown one with 404", async () => {
    expect(await rejectionOf(joinClass(student.id, "nope"))).toBeInstanceOf(BadRequestError);
    expect(await rejectionOf(joinClass(student.id, "ZZZZ-ZZZZ"))).toBeInstanceOf(NotFoundError);
  });

  it("stops old codes when the teacher renews the code, and everyone when joining is closed", async () => {
    const { id, joinCode } = await newClass();
    const { joinCode: renewed } = await setClassJoining(teacher, id, "rotate");
    expect(renewed).not.toBe(joinCode);
    expect(await rejectionOf(joinClass(student.id, joinCode))).toBeInstanceOf(NotFoundError);
    await setClassJoining(teacher, id, "close");
    expect(await rejectionOf(joinClass(student.id, renewed!))).toBeInstanceOf(NotFoundError);
    expect(await findClassByCode(renewed!)).toBeNull();
    expect((await auditEntries(id)).map((e) => e.action)).toEqual(["class.create", "class.rotate-code", "class.close-joining"]);
  });

  it("limits code guesses per student", async () => {
    const guesser = await newUser();
    for (let i = 0; i < 20; i++) await rejectionOf(joinClass(guesser.id, "ZZZZ-ZZZZ"));
    expect(await rejectionOf(joinClass(guesser.id, "ZZZZ-ZZZZ"))).toBeInstanceOf(RateLimitedError);
  });
});

describe("a class's teachers", () => {
  it("remove a member, add a co-teacher who can then manage the class, and archive it; each write audited", async () => {
    const { id, joinCode } = await newClass();
    const member = await newUser();
    await joinClass(member.id, joinCode);

    await removeClassMember(teacher, id, member.id, { ip: "198.51.100.7" });
    expect((await getClassRoster(teacher, id)).members).toEqual([]);
    expect(await rejectionOf(removeClassMember(teacher, id, member.id))).toBeInstanceOf(NotFoundError);

    const coTeacher = await newUser("TEACHER");
    expect(await addCoTeacher(teacher, id, { email: coTeacher.email.toUpperCase() })).toEqual({ added: true });
    expect(await addCoTeacher(teacher, id, { email: coTeacher.email })).toEqual({ added: false });
    expect(((await rejectionOf(addCoTeacher(teacher, id, { email: member.email }))) as Error).message).toBe(
      "email: No teacher account has that email. Ask them to request teacher access first.",
    );
    expect((await getClassRoster(coTeacher, id)).teachers.map((t) => t.id)).toEqual([teacher.id, coTeacher.id]);

    await archiveClass(coTeacher, id);
    expect(await listTeacherClasses(teacher)).not.toContainEqual(expect.objectContaining({ id }));
    expect(await rejectionOf(joinClass(member.id, joinCode))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(getClassRoster(teacher, id))).toBeInstanceOf(NotFoundError);
    expect((await auditEntries(id)).map((e) => [e.action, e.actorId])).toEqual([
      ["class.create", teacher.id],
      ["class.remove-member", teacher.id],
      ["class.add-teacher", teacher.id],
      ["class.archive", coTeacher.id],
    ]);
  });

  it("are the only ones who can: a teacher of another class gets 404, a student 403, and nothing changes", async () => {
    const { id, joinCode } = await newClass();
    const member = await newUser();
    await joinClass(member.id, joinCode);
    for (const attempt of [
      () => getClassRoster(otherTeacher, id),
      () => setClassJoining(otherTeacher, id, "rotate"),
      () => removeClassMember(otherTeacher, id, member.id),
      () => addCoTeacher(otherTeacher, id, { email: otherTeacher.email }),
      () => archiveClass(otherTeacher, id),
      () => classTaughtBy(db, otherTeacher, "not-a-uuid"),
    ]) {
      expect(await rejectionOf(attempt())).toBeInstanceOf(NotFoundError);
    }
    for (const attempt of [() => getClassRoster(member, id), () => archiveClass(member, id), () => setClassJoining(member, id, "close")]) {
      expect(await rejectionOf(attempt())).toBeInstanceOf(ForbiddenError);
    }
    const roster = await getClassRoster(teacher, id);
    expect(roster).toMatchObject({ joinCode, teachers: [{ id: teacher.id }], members: [{ id: member.id }] });
    expect((await auditEntries(id)).map((e) => e.action)).toEqual(["class.create"]);
  });
});
