/** What a tutor thread is about: one question, or one topic through its revision note. */
export type TutorSubject = { kind: "question"; id: string } | { kind: "topic"; id: string };

/** The thread's row filter: a student's thread is found by (user, question) or (user, topic), never by id alone. */
export const threadOf = (userId: string, subject: TutorSubject) =>
  subject.kind === "question" ? { userId, questionId: subject.id } : { userId, topicId: subject.id };

/** The API path of a subject's thread (app/api/v1/tutor/questions|topics/[id]). */
export const tutorApiPath = (subject: TutorSubject) =>
  `/api/v1/tutor/${subject.kind === "question" ? "questions" : "topics"}/${encodeURIComponent(subject.id)}`;
