import type { SessionSummary } from "@/lib/auth/session-store";
import { describeDevice } from "@/lib/sessions/describe-device";
import { formatDateTime } from "../../_components/format-date";
import { revokeAllSessions, revokeSession } from "../actions";
import { ActionButton } from "@/app/_components/ui/action-button";
import { cardClass } from "@/app/_components/ui/card";

export function SessionsSection({ userId, sessions, currentSessionId }: { userId: string; sessions: SessionSummary[]; currentSessionId?: string }) {
  return (
    <section aria-labelledby="sessions-heading" className={cardClass("p-4")}>
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Open sessions
      </h2>
      {sessions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Not signed in anywhere.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200" aria-label="Open sessions">
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="font-medium">
                  {describeDevice(s.userAgent)}
                  {s.id === currentSessionId && (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs font-medium text-emerald-800">Your current session</span>
                  )}
                </p>
                <p className="text-sm text-slate-600">
                  Signed in {formatDateTime(s.createdAt)} · last seen {formatDateTime(s.lastSeenAt)} · IP {s.ip}
                </p>
              </div>
              {s.id !== currentSessionId && (
                <ActionButton
                  action={revokeSession}
                  values={{ userId, sessionId: s.id }}
                  label={`Revoke the session on ${describeDevice(s.userAgent)} signed in ${formatDateTime(s.createdAt)}`}
                >
                  Revoke
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions.some((s) => s.id !== currentSessionId) && (
        <div className="mt-3">
          <ActionButton action={revokeAllSessions} values={{ userId }} variant="danger">
            {currentSessionId ? "Revoke all your other sessions" : "Revoke all sessions"}
          </ActionButton>
        </div>
      )}
    </section>
  );
}
