import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { classTaughtBy, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { recordClassAudit } from "@/lib/classes/record-class-audit";

const coTeacherInput = z.object({ email: z.email("Enter the teacher's email address.").transform((e) => e.trim().toLowerCase()) });

/**
 * Adds a co-teacher by email: an account with teacher access (or an admin). Co-teachers have the same
 * rights as the class's creator. The same answer for "no account" and "not a teacher", so the form
 * cannot be used to find out who has an account.
 */
export async function addCoTeacher(actor: ClassActor, classId: string, input: unknown, context: ClassAuditContext = {}): Promise<{ added: boolean }> {
  const { email } = parseContentInput(coTeacherInput, input);
  return db.$transaction(async (tx) => {
    const found = await classTaughtBy(tx, actor, classId);
    const teacher = await tx.user.findFirst({ where: { email, role: { in: ["TEACHER", "ADMIN"] }, status: "ACTIVE" }, select: { id: true } });
    throwIfIssues(teacher ? [] : [{ path: "email", message: "No teacher account has that email. Ask them to request teacher access first." }]);
    const inserted = await tx.classTeacher.createMany({ data: [{ classId: found.id, userId: teacher!.id }], skipDuplicates: true });
    if (inserted.count) await recordClassAudit(tx, actor, found.id, "add-teacher", context, { after: { teacherId: teacher!.id } });
    return { added: inserted.count > 0 };
  });
}
