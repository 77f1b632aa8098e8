// One student's visit, as API calls: sign in with a password, open the dashboard, practise a set of 10
// questions (each question is fetched, then answered), then review up to three flashcards. The same
// journey runs over HTTP (the load) and in process (to count its database queries).
import type { IncomingHttpHeaders } from "node:http";
import { BENCH_PASSWORD } from "./bench-students";
import { cookieFromResponse, type HttpRequest } from "./http-client";

export type JourneyStudent = { email: string; courseSlug: string; practiceType: "MCQ" | "NUMERIC" };
export type Reply = { status: number; headers: IncomingHttpHeaders; body: string };
export type Send = (step: JourneyStep, request: HttpRequest) => Promise<Reply>;

export const JOURNEY_STEPS = [
  "sign-in: csrf token",
  "sign-in: credentials",
  "dashboard",
  "practice: start a set",
  "practice: load question",
  "practice: answer",
  "flashcards: queue",
  "flashcards: review",
] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

export const QUESTIONS_PER_SET = 10;
const REVIEWS = 3;

export class JourneyFailed extends Error {
  /** `status` 0: no response at all (socket error or timeout, described by `detail`). */
  constructor(
    readonly step: JourneyStep,
    readonly status: number,
    detail?: string,
  ) {
    super(status ? `${step} answered ${status}` : `${step} got no response (${detail})`);
  }
}

/** A credentials sign-in succeeded: next-auth redirects with a session cookie, not back to the form with an error. */
export function signInSucceeded(status: number, headers: IncomingHttpHeaders): boolean {
  const location = String(headers.location ?? "");
  return status === 302 && !/[?&]error=/.test(location) && cookieFromResponse(headers, "authjs.session-token") !== null;
}

async function json<T>(send: Send, step: JourneyStep, request: HttpRequest, ok = (s: number) => s >= 200 && s < 300): Promise<T> {
  const reply = await send(step, request);
  if (!ok(reply.status)) throw new JourneyFailed(step, reply.status);
  return JSON.parse(reply.body) as T;
}

type PracticeView = { view: { question: { id: string; type: "MCQ" | "NUMERIC" | "WRITTEN"; options: { id: string }[] | null } | null } | null };
type Queue = { due: { ref: { flashcardId: string } | { cardStateId: string } }[] };

/** Runs the journey once; throws JourneyFailed at the first step that does not succeed. */
export async function runStudentJourney(send: Send, student: JourneyStudent): Promise<void> {
  const csrfReply = await send("sign-in: csrf token", { path: "/api/auth/csrf" });
  const csrfCookie = cookieFromResponse(csrfReply.headers, "authjs.csrf-token");
  if (csrfReply.status !== 200 || !csrfCookie) throw new JourneyFailed("sign-in: csrf token", csrfReply.status);
  const { csrfToken } = JSON.parse(csrfReply.body) as { csrfToken: string };

  const signIn = await send("sign-in: credentials", {
    method: "POST",
    path: "/api/auth/callback/credentials",
    cookie: csrfCookie,
    form: { csrfToken, email: student.email, password: BENCH_PASSWORD, callbackUrl: "/dashboard" },
  });
  const cookie = cookieFromResponse(signIn.headers, "authjs.session-token");
  if (!signInSucceeded(signIn.status, signIn.headers) || !cookie) throw new JourneyFailed("sign-in: credentials", signIn.status);

  await json(send, "dashboard", { path: "/api/v1/dashboard", cookie });

  const { id } = await json<{ id: string }>(send, "practice: start a set", {
    method: "POST",
    path: "/api/v1/practice",
    cookie,
    json: { mode: "filters", courseSlug: student.courseSlug, type: student.practiceType, count: QUESTIONS_PER_SET },
  });
  for (let i = 0; i < QUESTIONS_PER_SET; i++) {
    const state = await json<PracticeView>(send, "practice: load question", { path: `/api/v1/practice/${id}`, cookie });
    const question = state.view?.question;
    if (!question) break;
    const answer =
      question.type === "MCQ"
        ? { type: "MCQ", optionId: question.options?.[0]?.id ?? "A" }
        : question.type === "NUMERIC"
          ? { type: "NUMERIC", value: "1" }
          : { type: "WRITTEN", text: "An answer." };
    await json(send, "practice: answer", {
      method: "POST",
      path: `/api/v1/practice/${id}/answers`,
      cookie,
      json: { questionId: question.id, answer, timeSpentMs: 45_000 },
    });
  }

  const queue = await json<Queue>(send, "flashcards: queue", { path: "/api/v1/flashcards/queue?limit=5", cookie });
  for (const item of queue.due.slice(0, REVIEWS)) {
    await json(send, "flashcards: review", { method: "POST", path: "/api/v1/flashcards/review", cookie, json: { card: item.ref, rating: 3 } });
  }
}
