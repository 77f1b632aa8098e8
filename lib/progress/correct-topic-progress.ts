import type { DbTransaction } from "@/lib/db/prisma";
import { MASTERY_RATE } from "@/lib/progress/apply-topic-progress";

type Marks = { marksAwarded: number; maxMarks: number };

const scoreOf = (m: Marks) => (m.maxMarks ? m.marksAwarded / m.maxMarks : 0);

/**
 * Re-marking an answer that already counted (a teacher overriding the student's self-marking): the
 * topic's totals swap the old marks for the new ones, the attempt count stays. Mastery is a moving average
 * that cannot be unwound exactly without replaying every attempt of the topic, so it moves by what the
 * answer's score changed times MASTERY_RATE: exact when the re-marked answer is the topic's latest (the
 * usual case, marking soon after the work), slightly too much when newer answers followed; a topic with
 * this one answer simply takes its new score.
 */
export async function correctTopicProgress(tx: DbTransaction, userId: string, topicId: string, before: Marks, after: Marks): Promise<void> {
  const fullBefore = before.marksAwarded >= before.maxMarks ? 1 : 0;
  const fullAfter = after.marksAwarded >= after.maxMarks ? 1 : 0;
  const [oldScore, newScore] = [scoreOf(before), scoreOf(after)];
  await tx.$executeRaw`
    update topic_progress set
      fully_correct = fully_correct + ${fullAfter - fullBefore},
      marks_awarded = marks_awarded + ${after.marksAwarded - before.marksAwarded},
      marks_available = marks_available + ${after.maxMarks - before.maxMarks},
      mastery = case when attempts <= 1 then ${newScore}::real
                     else least(1, greatest(0, mastery + ${MASTERY_RATE}::float8 * (${newScore}::float8 - ${oldScore}::float8))) end
    where user_id = ${userId}::uuid and topic_id = ${topicId}::uuid`;
}
