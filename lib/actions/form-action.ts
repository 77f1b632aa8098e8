import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { BadRequestError, ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { formError, type FormState } from "@/lib/http/form-state";
import { runWithRequestId } from "@/lib/observability/request-context";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { apiByUser } from "@/lib/rate-limit/limiters";

type Role = CurrentUser["role"];
export type ActionAccess = "public" | "user" | readonly Role[];

/** Who is acting and from where: what audit entries and per-IP limits need. */
export type ActionContext = { ip: string; requestId: string };
type ActionUser<A extends ActionAccess> = A extends "public" ? CurrentUser | null : CurrentUser;
export type Actor<A extends ActionAccess> = { user: ActionUser<A>; context: ActionContext };

/** Any state a form keeps with useActionState: it always has room for an error message. */
type StateWithError = { error?: string; values?: Record<string, string> };

export type FormActionOptions<S extends StateWithError, A extends ActionAccess> = {
  access: A;
  /** What the form shows for a thrown error: formError by default (admin content forms map field issues). */
  onError?: (err: unknown, formData: FormData) => S;
  /** Fields sent back with an error, so the form keeps what was typed (React resets a form after its action). */
  keep?: readonly string[];
};

/** Where the wrapper reads the request: Next's request scope in the app, a stand-in in its unit test. */
export type ActionEnvironment = {
  currentUser: () => Promise<CurrentUser | null>;
  requestHeaders: () => Promise<Headers>;
};

async function authorize<A extends ActionAccess>(access: A, environment: ActionEnvironment): Promise<ActionUser<A>> {
  const user = await environment.currentUser();
  if (access === "public") return user as ActionUser<A>;
  if (!user) throw new UnauthorizedError();
  if (Array.isArray(access) && !access.includes(user.role)) throw new ForbiddenError();
  return user;
}

/** Runs `work` for the request's actor: access checked, rate limited, under the request's id. */
async function act<A extends ActionAccess, T>(access: A, environment: ActionEnvironment, work: (actor: Actor<A>) => Promise<T>): Promise<T> {
  const incoming = await environment.requestHeaders();
  const requestId = incoming.get("x-request-id")?.slice(0, 100) || randomUUID();
  return runWithRequestId(requestId, async () => {
    const user = await authorize(access, environment);
    // Actions share the signed-in user's API budget: a script posting forms is a script calling the API.
    if (user) await limitOrThrow(apiByUser, user.id);
    return work({ user, context: { ip: clientIp(incoming), requestId } });
  });
}

const keptValues = (formData: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "").slice(0, 300)]));

/**
 * The edge of every server action, as route() is for route handlers. Builds actions of two shapes:
 *
 * - formAction: `(previous state, form data) => state`, for useActionState forms. Access is checked on the
 *   server (a student calling an admin action gets "You do not have permission to do that." in the form),
 *   the user's requests are rate limited, the request id reaches the logs, and every error becomes the
 *   form's message: domain errors say what went wrong, anything else is logged and generic. redirect()
 *   and notFound() inside the handler work as usual.
 * - plainAction: `(form data) => void`, for a bare `<form action>`: the same checks; errors go to the
 *   page's error boundary, as nothing on the page could show them.
 */
export function createActionBuilders(environment: ActionEnvironment) {
  function formAction<A extends ActionAccess, S extends StateWithError = FormState>(
    options: FormActionOptions<S, A>,
    handler: (formData: FormData, actor: Actor<A>) => Promise<NoInfer<S>>,
  ): (previous: S, formData: FormData) => Promise<S> {
    return async (_previous, formData) => {
      try {
        return await act(options.access, environment, (actor) => handler(formData, actor));
      } catch (err) {
        unstable_rethrow(err);
        const state = options.onError ? options.onError(err, formData) : (formError(err) as S);
        return options.keep ? { ...state, values: { ...keptValues(formData, options.keep), ...state.values } } : state;
      }
    };
  }

  function plainAction<A extends ActionAccess>(
    options: { access: A },
    handler: (formData: FormData, actor: Actor<A>) => Promise<void>,
  ): (formData: FormData) => Promise<void> {
    return async (formData) => {
      await act(options.access, environment, (actor) => {
        // A crafted call can send anything as the "form"; refuse it rather than fail on it.
        if (!(formData instanceof FormData)) throw new BadRequestError("Send the form's fields as form data.");
        return handler(formData, actor);
      });
    };
  }

  return { formAction, plainAction };
}

export const { formAction, plainAction } = createActionBuilders({ currentUser, requestHeaders: headers });
