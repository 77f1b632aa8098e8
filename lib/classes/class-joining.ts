import { db } from "@/lib/db/prisma";
import { classTaughtBy, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { newJoinCode } from "@/lib/classes/join-code";
import { recordClassAudit } from "@/lib/classes/record-class-audit";

/**
 * Opens joining with a new code (the old code and links stop working: "rotate"), or closes it (no code;
 * nobody can join until it is opened again). Members stay members either way.
 */
export async function setClassJoining(
  actor: ClassActor,
  classId: string,
  change: "rotate" | "close",
  context: ClassAuditContext = {},
): Promise<{ joinCode: string | null }> {
  return db.$transaction(async (tx) => {
    const found = await classTaughtBy(tx, actor, classId);
    const joinCode = change === "rotate" ? newJoinCode() : null;
    await tx.schoolClass.update({ where: { id: found.id }, data: { joinCode } });
    await recordClassAudit(tx, actor, found.id, change === "rotate" ? "rotate-code" : "close-joining", context, {
      before: { open: found.joinCode !== null },
      after: { open: joinCode !== null },
    });
    return { joinCode };
  });
}
