import type { Metadata } from "next";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { getAccountSettings } from "@/lib/account-data/get-account-settings";
import { requireUserPage } from "@/lib/auth/current-user";
import { listSessions } from "@/lib/auth/session-store";
import { describeDevice } from "@/lib/sessions/describe-device";
import { signOutDevice, signOutOtherDevices } from "./actions";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Your devices" };

export default async function SessionsPage() {
  const user = await requireUserPage("/settings/sessions");
  const [sessions, { timeZone }] = await Promise.all([listSessions(user.id), getAccountSettings(user.id)]);
  const when = (ms: number) => formatInTimeZone(ms, timeZone);
  const others = sessions.filter((s) => s.id !== user.sessionId);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Your devices</h1>
      <p className="mt-2 text-slate-700">Where you are signed in. Sign out of any device you do not recognise.</p>
      <ul className={cardClass("mt-6 divide-y divide-slate-200")} aria-label="Signed-in devices">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-4 p-4">
            <div>
              <p className="font-medium">
                {describeDevice(s.userAgent)}
                {s.id === user.sessionId && <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs font-medium text-emerald-800">This device</span>}
              </p>
              <p className="text-sm text-slate-600">
                Signed in {when(s.createdAt)} · last seen {when(s.lastSeenAt)} · IP {s.ip}
              </p>
            </div>
            {s.id !== user.sessionId && (
              <form action={signOutDevice}>
                <input type="hidden" name="sessionId" value={s.id} />
                <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
                  Sign out
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <form action={signOutOtherDevices} className="mt-6">
          <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">
            Sign out of all other devices
          </button>
        </form>
      )}
    </>
  );
}
